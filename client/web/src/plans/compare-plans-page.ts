import type { Session } from '../auth/session';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { planHref } from './plan-route';
import type { Plan } from './plan-types';
import { getPlan, renderPlan } from './plans-api';
import { stageWithRound } from './stage-names';

/** 同课异构 side by side: two plans' current text as the server renders it (sanitized HTML). */
export function renderComparePlansPage(root: HTMLElement, session: Session, leftPlanId: string, rightPlanId: string, onFailure: (error: unknown) => void): void {
  const message = el('p', { class: 'message', role: 'alert' });
  root.replaceChildren(el('nav', {}, el('a', { href: planHref(leftPlanId) }, '← 返回教案')), el('p', { class: 'hint', role: 'status' }, '正在加载两篇教案…'), message);
  const load = (id: string) => Promise.all([getPlan(session.accessToken, id), renderPlan(session.accessToken, id)]);
  Promise.all([load(leftPlanId), load(rightPlanId)]).then(
    ([left, right]) => {
      document.title = `同课异构对照 · ${left[0].title}`;
      root.replaceChildren(
        el('nav', {}, el('a', { href: planHref(leftPlanId) }, '← 返回教案')),
        el('h1', {}, '同课异构对照'),
        el('div', { class: 'side-by-side' }, column(left[0], left[1]), column(right[0], right[1])),
      );
    },
    (error: unknown) => {
      message.textContent = errorText('加载对照教案', error);
      onFailure(error);
    },
  );
}

function column(plan: Plan, html: string): HTMLElement {
  const article = el('article', { class: 'rendered preview', 'aria-label': `${plan.title}（${plan.teacher.displayName}，只读）` });
  // Sanitized by the server's render endpoint; nothing else is inserted as HTML.
  article.innerHTML = html;
  return el('section', {},
    el('h2', {}, el('a', { href: planHref(plan.id) }, plan.title)),
    el('p', { class: 'meta' }, `执教：${plan.teacher.displayName} · ${stageWithRound(plan.stage, plan.round)}`),
    article,
  );
}
