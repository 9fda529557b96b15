import type { PlanRights, Stage } from './plan-types';
import { stageName } from './stage-names';

/**
 * Why the caller cannot edit the plan now, or null when they can. The banner always starts with
 * "当前阶段你只能查看" so it reads the same for every reason.
 */
export function readOnlyText(stage: Stage, rights: Pick<PlanRights, 'canEdit' | 'roles'>): string | null {
  if (rights.canEdit) {
    return null;
  }
  const head = `当前阶段你只能查看（${stageName(stage)}）`;
  switch (stage) {
    case 'draft':
      return `${head}：个人初备由执教教师独自撰写，提交集体研讨后备课组可以共同编辑。`;
    case 'discussion':
      return `${head}：你可以阅读和评论，编辑属于备课组成员。`;
    case 'revision':
      return `${head}：修正阶段只有执教教师修改教案，你可以继续评论。`;
    case 'tracking':
      return `${head}：授课版已冻结，请在“听课”中记录观课笔记。`;
    case 'exchange':
      return `${head}：交流阶段教案不再修改，请查看汇总与课后反思。`;
    case 'final':
      return `${head}：教案已定稿。`;
    default:
      return `${head}。`;
  }
}
