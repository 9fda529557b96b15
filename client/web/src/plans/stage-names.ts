import type { Stage } from './plan-types';

/** The stages of one round, in order, as the stage bar shows them (定稿 ends the plan). */
export const roundStages: readonly Stage[] = ['draft', 'discussion', 'revision', 'tracking', 'exchange'];

const names: Record<Stage, string> = {
  draft: '个人初备',
  discussion: '集体研讨',
  revision: '修正',
  tracking: '跟踪',
  exchange: '交流',
  final: '定稿',
};

export function stageName(stage: string): string {
  return names[stage as Stage] ?? stage;
}

const roleNames: Record<string, string> = {
  teacher: '执教教师',
  member: '组员',
  leader: '备课组长',
  observer: '观课教师',
  admin: '管理员',
};

export function roleName(role: string): string {
  return roleNames[role] ?? role;
}

/** The label of the button that moves a plan from `from` to `to` (交流 → 修正 starts the next round). */
export function transitionLabel(from: Stage, to: Stage, round: number): string {
  if (from === 'exchange' && to === 'revision') {
    return `进入第${round + 1}轮（修正）`;
  }
  switch (to) {
    case 'discussion':
      return '提交集体研讨';
    case 'revision':
      return '进入修正';
    case 'tracking':
      return '定稿授课版，进入跟踪';
    case 'exchange':
      return '进入交流';
    case 'final':
      return '定稿';
    default:
      return `进入${stageName(to)}`;
  }
}

/** What the confirmation dialog says before a move: what happens to the text and who may then edit. */
export function transitionConsequence(to: Stage): string {
  switch (to) {
    case 'discussion':
      return '备课组成员将可以共同编辑和评论教案。';
    case 'revision':
      return '当前文本将保存为一个版本；之后只有执教教师可以修改，并处置各条建议。';
    case 'tracking':
      return '当前文本将冻结为授课版，教案不能再编辑；观课教师可以开始听课记录。';
    case 'exchange':
      return '听课结束，进入课后交流：汇总观课记录，执教教师撰写课后反思。';
    case 'final':
      return '教案将定稿并进入优秀教案库，之后不能再修改。';
    default:
      return '';
  }
}

/** "第2轮 · 修正", or "定稿" for a final plan. */
export function stageWithRound(stage: string, round: number): string {
  return stage === 'final' ? '定稿' : `第${round}轮 · ${stageName(stage)}`;
}
