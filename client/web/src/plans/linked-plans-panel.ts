import { apiFetch } from '../auth/api-fetch';
import type { PlanEvent } from '../realtime/hub-methods';
import { el, field } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { linkTarget } from './linked-plans';
import type { PlanPanel, PlanPanelContext } from './plan-panel';
import { comparePlansHref, planHref } from './plan-route';
import type { Plan } from './plan-types';
import { stageWithRound } from './stage-names';

const enc = encodeURIComponent;

export function listLinkedPlans(token: string, planId: string): Promise<Plan[]> {
  return apiFetch<Plan[]>(`/api/plans/${enc(planId)}/linked`, { token });
}

export function linkPlan(token: string, planId: string, otherPlanId: string): Promise<Plan> {
  return apiFetch<Plan>(`/api/plans/${enc(planId)}/links`, { method: 'POST', token, body: { planId: otherPlanId } });
}

/** 同课异构: the plans linked to this one (same 课题, other teachers), linking another, and a side-by-side view. */
export function linkedPlansPanel(context: PlanPanelContext): { title: string; panel: PlanPanel } {
  const token = context.session.accessToken;
  const message = el('p', { class: 'message', role: 'alert' });
  const list = el('ul', { class: 'documents', 'aria-label': '同课异构教案' });
  const input = el('input', { type: 'text', name: 'linkPlan', required: true, spellcheck: 'false', placeholder: '粘贴教案链接或 ID' });
  const form = el('form', { class: 'inline-form', 'aria-label': '关联同课异构教案' },
    field('同课题教案链接', input),
    el('button', { type: 'submit' }, '关联'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const plan = context.plan();
    const target = linkTarget(input.value, plan.id, plan.linkedPlanIds);
    if ('error' in target) {
      message.textContent = target.error;
      return;
    }
    message.textContent = '';
    linkPlan(token, plan.id, target.planId).then(
      async () => {
        input.value = '';
        await context.refreshPlan();
        await load();
      },
      (error: unknown) => {
        message.textContent = errorText('关联教案', error);
      },
    );
  });
  const element = el('div', { class: 'linked-panel' },
    el('p', { class: 'hint' }, '同课异构：课题相同、执教教师不同的教案，可以并排对照当前内容。'),
    message, list, form,
  );
  let shownIds = '';

  const load = () =>
    listLinkedPlans(token, context.plan().id).then(
      (plans) => {
        const id = context.plan().id;
        list.replaceChildren(...(plans.length === 0
          ? [el('li', { class: 'hint' }, '还没有关联的教案。')]
          : plans.map((p) => el('li', {},
              el('a', { href: planHref(p.id) }, p.title),
              el('span', { class: 'meta' }, ` 执教：${p.teacher.displayName} · ${stageWithRound(p.stage, p.round)} `),
              el('a', { href: comparePlansHref(id, p.id) }, '并排对照'),
            ))));
      },
      (error: unknown) => {
        message.textContent = errorText('加载同课异构教案', error);
      },
    );

  return {
    title: '同课异构',
    panel: {
      element,
      update(plan: Plan, event: PlanEvent | null) {
        const ids = plan.linkedPlanIds.join(',');
        if (event === null || ids !== shownIds) {
          shownIds = ids;
          void load();
        }
      },
    },
  };
}
