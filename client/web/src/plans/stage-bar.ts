import { el } from '../ui/dom';
import type { Plan } from './plan-types';
import { roundStages, stageName } from './stage-names';

/** 个人初备 → 集体研讨 → 修正 → 跟踪 → 交流 with the current round, the current stage marked; or 定稿. */
export function stageBar(plan: Plan): HTMLElement {
  const current = roundStages.indexOf(plan.stage);
  const steps = [...roundStages, 'final' as const].map((stage, index) => {
    const isCurrent = stage === plan.stage;
    const state = isCurrent ? 'current' : plan.stage === 'final' || index < current ? 'done' : 'todo';
    return el('li', { class: `stage-step ${state}`, 'aria-current': isCurrent ? 'step' : undefined, 'data-stage': stage }, stageName(stage));
  });
  return el('nav', { class: 'stage-bar', 'aria-label': '备课阶段' },
    el('span', { class: 'round', 'data-testid': 'plan-round' }, plan.stage === 'final' ? '已定稿' : `第${plan.round}轮`),
    el('ol', {}, ...steps),
  );
}
