import { categoryNames, type Category } from '../comments/comment-types';
import type { PlanPanel, PlanPanelContext } from '../plans/plan-panel';
import type { Plan } from '../plans/plan-types';
import type { PlanEvent } from '../realtime/hub-methods';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { formatOffset, sectionAt } from './lesson-clock';
import type { Observation } from './observation-types';
import { addNote, myObservation, saveSummary, startLesson } from './observations-api';

/**
 * 听课 (跟踪): the lesson timer, one-tap timestamped notes tied to the section in view of the 授课版
 * (the frozen plan in the editor), and the closing 三个一.
 */
export function trackingPanel(context: PlanPanelContext): { title: string; panel: PlanPanel } {
  const token = context.session.accessToken;
  let observation: Observation | null = null;
  const message = el('p', { class: 'message', role: 'alert' });
  const clock = el('p', { class: 'lesson-clock', 'data-testid': 'lesson-clock', 'aria-live': 'off' }, '00:00');
  const startButton = el('button', { type: 'button', class: 'primary', onClick: () => act('开始计时', startLesson(token, context.plan().id)) }, '开始上课计时');
  const noteText = el('input', { type: 'text', name: 'noteText', maxlength: 2000, 'aria-label': '听课笔记', placeholder: '例如：导入用时较长' });
  const sectionHint = el('p', { class: 'meta', 'data-testid': 'note-section' });
  const noteButtons = el('div', { class: 'comment-actions', role: 'group', 'aria-label': '记录笔记' },
    ...(['highlight', 'weakness', 'suggestion'] as const).map((c) =>
      el('button', { type: 'button', onClick: () => note(c) }, `记${categoryNames[c]}`)),
    el('button', { type: 'button', onClick: () => note(null) }, '记一条'),
  );
  const notes = el('ol', { class: 'notes', 'aria-label': '我的听课笔记' });
  const summaryInputs = {
    highlight: el('textarea', { name: 'summaryHighlight', rows: 2 }),
    weakness: el('textarea', { name: 'summaryWeakness', rows: 2 }),
    suggestion: el('textarea', { name: 'summarySuggestion', rows: 2 }),
  };
  const summaryForm = el('form', { class: 'stack wide-form', 'aria-label': '三个一' },
    el('h3', {}, '三个一（评课小结）'),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '一个亮点'), summaryInputs.highlight),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '一个不足'), summaryInputs.weakness),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '一条建议'), summaryInputs.suggestion),
    el('button', { type: 'submit' }, '保存三个一'),
  );
  summaryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    act('保存三个一', saveSummary(token, context.plan().id, {
      highlight: summaryInputs.highlight.value.trim(),
      weakness: summaryInputs.weakness.value.trim(),
      suggestion: summaryInputs.suggestion.value.trim(),
    }), '三个一已保存。');
  });
  const status = el('p', { class: 'message', role: 'status' });
  const recorder = el('div', { class: 'stack wide-form' }, el('div', { class: 'clock-row' }, clock, startButton), sectionHint, noteText, noteButtons, notes);
  const body = el('div');
  const element = el('div', { class: 'tracking-panel' }, message, status, body);

  const sectionInView = () => {
    const view = context.editorView();
    if (!view) {
      return null;
    }
    // The first line on screen: the editor's top edge or the window's, whichever is lower, in document heights.
    const visibleTop = Math.max(view.scrollDOM.getBoundingClientRect().top, 0);
    const top = view.lineBlockAtHeight(Math.max(0, visibleTop - view.documentTop)).from;
    const head = view.state.selection.main.head;
    // The caret when the observer put it somewhere visible; otherwise the first line in view.
    const visible = view.visibleRanges.some((r) => head >= r.from && head <= r.to);
    return sectionAt(view.state.doc.toString(), visible && view.hasFocus ? head : top);
  };

  const note = (category: Category | null) => {
    const text = noteText.value.trim() || (category ? categoryNames[category] : '');
    if (!text) {
      message.textContent = '请先写下笔记内容，再点“记一条”。';
      noteText.focus();
      return;
    }
    const section = sectionInView();
    act('记录笔记', addNote(token, context.plan().id, { text, category, section }).then(() => {
      noteText.value = '';
    }));
  };

  let ticker: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    const started = observation?.lessonStartedAt;
    clock.textContent = started ? formatOffset((Date.now() - Date.parse(started)) / 1000) : '00:00';
    sectionHint.textContent = `当前段落：${sectionInView() ?? '（开头）'}`;
  };

  const show = () => {
    const plan = context.plan();
    const rights = plan.myRights;
    if (!rights.canObserve && !rights.canSummarize) {
      body.replaceChildren(el('p', { class: 'hint' },
        plan.stage === 'tracking' ? '你在本轮不做听课记录。' : '跟踪阶段（授课时）在这里计时并记录听课笔记；交流阶段可补写三个一。'));
      return;
    }
    const started = observation?.lessonStartedAt != null;
    startButton.hidden = started || !rights.canObserve;
    noteText.disabled = !started;
    for (const button of noteButtons.querySelectorAll('button')) {
      button.disabled = !started;
    }
    notes.replaceChildren(...(observation?.notes ?? []).map((n) =>
      el('li', { 'data-testid': 'observation-note' },
        el('span', { class: 'pill' }, formatOffset(n.offsetSeconds)),
        n.category ? el('span', { class: `tag tag-${n.category}` }, categoryNames[n.category as Category] ?? n.category) : null,
        ` ${n.text}`,
        n.section ? el('span', { class: 'meta' }, ` · ${n.section}`) : null,
      )));
    if (observation?.summary && !summaryForm.contains(document.activeElement)) {
      summaryInputs.highlight.value = observation.summary.highlight;
      summaryInputs.weakness.value = observation.summary.weakness;
      summaryInputs.suggestion.value = observation.summary.suggestion;
    }
    body.replaceChildren(
      el('p', { class: 'hint' }, '授课版即左侧冻结的教案：滚动到正在讲的段落，笔记会记在该段落下。'),
      ...(rights.canObserve ? [recorder] : []),
      ...(rights.canSummarize ? [summaryForm] : []),
    );
    clearInterval(ticker);
    if (started && rights.canObserve) {
      ticker = setInterval(tick, 1000);
    }
    tick();
  };

  const act = (action: string, request: Promise<unknown>, done?: string) => {
    message.textContent = '';
    status.textContent = '';
    request.then(
      () => {
        if (done) {
          status.textContent = done;
        }
        return load();
      },
      (error: unknown) => {
        message.textContent = errorText(action, error);
      },
    );
  };

  const load = async () => {
    const plan = context.plan();
    if (!plan.myRights.canObserve && !plan.myRights.canSummarize) {
      observation = null;
      show();
      return;
    }
    try {
      observation = await myObservation(token, plan.id);
    } catch (error) {
      message.textContent = errorText('加载听课记录', error);
    }
    show();
  };

  return {
    title: '听课',
    panel: {
      element,
      update(_plan: Plan, event: PlanEvent | null) {
        if (event === null || event.kind === 'observation' || event.kind === 'stage') {
          void load();
        }
      },
      destroy() {
        clearInterval(ticker);
      },
    },
  };
}
