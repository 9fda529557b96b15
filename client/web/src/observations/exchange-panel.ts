import type { PlanPanel, PlanPanelContext } from '../plans/plan-panel';
import type { Plan } from '../plans/plan-types';
import type { PlanEvent } from '../realtime/hub-methods';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { formatOffset } from './lesson-clock';
import type { Reflection, RoundSummary } from './observation-types';
import { getReflection, roundSummary, saveReflection } from './observations-api';

/** 交流: the round's observations per section and category, each observer's 三个一, and the 课后反思. */
export function exchangePanel(context: PlanPanelContext): { title: string; panel: PlanPanel } {
  const token = context.session.accessToken;
  let reflection: Reflection | null = null;
  const message = el('p', { class: 'message', role: 'alert' });
  const status = el('p', { class: 'message', role: 'status' });
  const summarySlot = el('div', { 'data-testid': 'round-summary' });
  const reflectionInput = el('textarea', { name: 'reflection', rows: 8 });
  const reflectionForm = el('form', { class: 'stack wide-form', 'aria-label': '课后反思' },
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '课后反思（Markdown）'), reflectionInput),
    el('button', { type: 'submit' }, '保存课后反思'),
  );
  reflectionForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const plan = context.plan();
    message.textContent = '';
    saveReflection(token, plan.id, plan.round, reflectionInput.value, reflection?.revision ?? 0).then(
      (saved) => {
        reflection = saved;
        status.textContent = `课后反思已保存（第 ${saved.revision} 稿）。`;
      },
      (error: unknown) => {
        message.textContent = errorText('保存课后反思', error);
        void load();
      },
    );
  });
  const reflectionSlot = el('div');
  const element = el('div', { class: 'exchange-panel' }, message, status, summarySlot, reflectionSlot);

  const showSummary = (summary: RoundSummary) => {
    summarySlot.replaceChildren(
      el('h3', {}, `第${summary.round}轮 交流汇总`),
      el('p', { class: 'meta' }, `${summary.observers} 位观课教师 · 笔记：${summary.noteCounts.map((c) => `${c.chineseName} ${c.count}`).join('，') || '无'} · 评论：${summary.comments.map((c) => `${c.chineseName} ${c.count}`).join('，') || '无'}`),
      ...summary.sections.map((section) => el('section', { class: 'summary-section' },
        el('h4', {}, section.section ?? '（未关联段落）'),
        el('ul', {}, ...section.notes.map((n) => el('li', {}, `${formatOffset(n.offsetSeconds)} ${n.observerName}：${n.text}`))),
      )),
      el('h4', {}, '三个一'),
      el('ul', {}, ...summary.summaries.map((s) => el('li', {},
        el('strong', {}, s.observerName),
        s.summary ? `：亮点 ${s.summary.highlight}；不足 ${s.summary.weakness}；建议 ${s.summary.suggestion}` : '：尚未填写'))),
    );
  };

  const load = async () => {
    const plan = context.plan();
    if (plan.stage !== 'exchange' && plan.stage !== 'final' && !(plan.stage === 'revision' && plan.round > 1)) {
      summarySlot.replaceChildren(el('p', { class: 'hint' }, '交流阶段在这里汇总听课记录，执教教师撰写课后反思。'));
      reflectionSlot.replaceChildren();
      return;
    }
    // In 交流 the current round; after it (next round's 修正, or 定稿) the round just exchanged.
    const round = plan.stage === 'exchange' || plan.stage === 'final' ? plan.round : plan.round - 1;
    try {
      const [summary, stored] = await Promise.all([roundSummary(token, plan.id, round), getReflection(token, plan.id, round)]);
      showSummary(summary);
      reflection = stored;
    } catch (error) {
      message.textContent = errorText('加载交流汇总', error);
    }
    if (plan.myRights.canReflect) {
      if (!reflectionForm.contains(document.activeElement)) {
        reflectionInput.value = reflection?.markdown ?? '';
      }
      reflectionSlot.replaceChildren(reflectionForm);
    } else {
      reflectionSlot.replaceChildren(el('h4', {}, '课后反思'),
        el('pre', { class: 'reflection', 'data-testid': 'reflection' }, reflection?.markdown ?? '执教教师尚未撰写课后反思。'));
    }
  };

  return {
    title: '交流',
    panel: {
      element,
      update(_plan: Plan, event: PlanEvent | null) {
        if (event === null || event.kind === 'reflection' || event.kind === 'observation' || event.kind === 'stage') {
          void load();
        }
      },
    },
  };
}
