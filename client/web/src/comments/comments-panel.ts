import { EditorSelection } from '@codemirror/state';
import type { PlanPanel, PlanPanelContext } from '../plans/plan-panel';
import type { Plan } from '../plans/plan-types';
import { stageName } from '../plans/stage-names';
import type { PlanEvent } from '../realtime/hub-methods';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { anchorForSelection } from './comment-anchor';
import { filterComments, isUndisposed, type CommentFilter } from './comment-filter';
import { categoryNames, dispositionNames, type Category, type Comment, type Disposition } from './comment-types';
import { createComment, dispose, listComments, replyTo, setResolved } from './comments-api';

/** 评论: comment on the selected text with a category, threads, replies, resolve, and the teacher's dispositions. */
export function commentsPanel(context: PlanPanelContext): { title: string; panel: PlanPanel } {
  const { session } = context;
  const token = session.accessToken;
  let comments: Comment[] = [];
  const filter: CommentFilter = { category: 'all', status: 'all', round: 'all' };

  const message = el('p', { class: 'message', role: 'alert' });
  const counts = el('p', { class: 'meta', 'data-testid': 'comment-counts' });
  const list = el('ol', { class: 'comments', 'aria-label': '评论列表' });

  // New comment on the editor's selection (or on the whole plan when nothing is selected).
  const category = el('select', { name: 'commentCategory' },
    ...(['highlight', 'weakness', 'suggestion'] as const).map((c) => el('option', { value: c }, categoryNames[c])),
  );
  const body = el('textarea', { name: 'commentBody', required: true, maxlength: 4000, rows: 3 });
  const selectionHint = el('p', { class: 'meta', 'data-testid': 'comment-quote' }, '在教案中选中文字后评论；不选则评论整篇教案。');
  const showSelection = () => {
    const quote = currentSelection()?.quote;
    selectionHint.textContent = quote ? `针对：“${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}”` : '未选中文字：评论整篇教案。';
  };
  const currentSelection = () => {
    const view = context.editorView();
    if (!view) {
      return null;
    }
    const { from, to } = view.state.selection.main;
    return anchorForSelection(context.text, from, to);
  };
  const form = el('form', { class: 'stack wide-form', 'aria-label': '发表评论' },
    selectionHint,
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '评论类别'), category),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '评论内容'), body),
    el('button', { type: 'submit' }, '发表评论'),
  );
  form.addEventListener('focusin', showSelection);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = body.value.trim();
    if (!text) {
      return;
    }
    message.textContent = '';
    createComment(token, context.plan().id, category.value as Category, text, currentSelection()).then(
      () => {
        body.value = '';
        return load();
      },
      (error: unknown) => {
        message.textContent = errorText('发表评论', error);
      },
    );
  });

  const select = (name: string, label: string, options: Array<[string, string]>, onChange: (value: string) => void) => {
    const input = el('select', { name }, ...options.map(([value, text]) => el('option', { value }, text)));
    input.addEventListener('change', () => onChange(input.value));
    return el('label', { class: 'field' }, el('span', { class: 'field-label' }, label), input);
  };
  const roundSelect = el('select', { name: 'commentRound' }, el('option', { value: 'all' }, '全部轮次'));
  roundSelect.addEventListener('change', () => {
    filter.round = roundSelect.value === 'all' ? 'all' : Number(roundSelect.value);
    show();
  });
  const filters = el('div', { class: 'inline-form', role: 'group', 'aria-label': '筛选评论' },
    select('commentCategoryFilter', '按类别筛选', [['all', '全部类别'], ['highlight', '亮点'], ['weakness', '不足'], ['suggestion', '建议']], (v) => {
      filter.category = v as CommentFilter['category'];
      show();
    }),
    select('commentStatusFilter', '按状态筛选', [['all', '全部状态'], ['open', '未解决'], ['resolved', '已解决'], ['undisposed', '待处置建议']], (v) => {
      filter.status = v as CommentFilter['status'];
      show();
    }),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '按轮次筛选'), roundSelect),
  );

  const formSlot = el('div');
  const element = el('div', { class: 'comments-panel' }, formSlot, message, filters, counts, list);

  const show = () => {
    const plan = context.plan();
    formSlot.replaceChildren(plan.myRights.canComment ? form : el('p', { class: 'hint' }, `当前阶段（${stageName(plan.stage)}）你不能发表评论。`));
    const rounds = [...new Set(comments.map((c) => c.round))].sort((a, b) => a - b);
    const selectedRound = roundSelect.value;
    roundSelect.replaceChildren(el('option', { value: 'all' }, '全部轮次'), ...rounds.map((r) => el('option', { value: String(r) }, `第${r}轮`)));
    roundSelect.value = rounds.map(String).includes(selectedRound) ? selectedRound : 'all';
    const undisposed = comments.filter(isUndisposed).length;
    counts.textContent = `共 ${comments.filter((c) => !c.deleted).length} 条评论 · ${undisposed} 条建议待处置`;
    const shown = filterComments(comments, filter);
    list.replaceChildren(...(shown.length === 0 ? [el('li', { class: 'hint' }, '没有符合条件的评论。')] : shown.map((c) => commentItem(c, plan))));
  };

  const commentItem = (comment: Comment, plan: Plan): HTMLElement => {
    const rights = plan.myRights;
    const mayResolve = rights.canComment && (comment.authorId === session.userId || rights.roles.includes('teacher') || rights.roles.includes('leader'));
    const quote = comment.anchor
      ? comment.anchor.deleted
        ? el('blockquote', { class: 'quote deleted' }, comment.anchor.label ?? '原文已删除')
        : el('blockquote', { class: 'quote' },
          el('button', { type: 'button', class: 'link', title: '在教案中定位', onClick: () => reveal(comment) }, `“${comment.anchor.text ?? comment.anchor.quote}”`),
          comment.anchor.status === 'changed' ? el('span', { class: 'meta' }, '（原文已修改）') : null)
      : null;
    const replyInput = el('input', { type: 'text', name: 'reply', maxlength: 4000, 'aria-label': `回复${comment.authorName}的评论` });
    const replyForm = el('form', { class: 'inline-form reply-form', 'aria-label': '回复' }, replyInput, el('button', { type: 'submit' }, '回复'));
    replyForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = replyInput.value.trim();
      if (text) {
        act('回复', replyTo(token, plan.id, comment.id, text));
      }
    });
    return el('li', { class: `comment category-${comment.category}${comment.resolved ? ' resolved' : ''}`, 'data-testid': 'comment', 'data-comment-id': comment.id },
      el('header', {},
        el('span', { class: `tag tag-${comment.category}` }, categoryNames[comment.category]),
        ` ${comment.authorName} · 第${comment.round}轮 ${stageName(comment.stage)}`,
        comment.resolved ? el('span', { class: 'badge' }, '已解决') : null,
        comment.disposition
          ? el('span', { class: 'badge', 'data-testid': 'disposition' },
            `${dispositionNames[comment.disposition.disposition]}${comment.disposition.reason ? `：${comment.disposition.reason}` : ''}`)
          : null,
      ),
      quote,
      el('p', { class: 'comment-body' }, comment.deleted ? '（评论已删除）' : comment.body),
      comment.replies.length > 0
        ? el('ul', { class: 'replies', 'aria-label': '回复' },
          ...comment.replies.map((r) => el('li', {}, el('strong', {}, r.authorName), `：${r.deleted ? '（已删除）' : r.body}`)))
        : null,
      !comment.deleted && rights.canComment ? replyForm : null,
      el('div', { class: 'comment-actions' },
        mayResolve && !comment.deleted
          ? el('button', { type: 'button', onClick: () => act(comment.resolved ? '重新打开' : '解决', setResolved(token, plan.id, comment.id, !comment.resolved)) },
            comment.resolved ? '重新打开' : '标记为已解决')
          : null,
        rights.canDispose && comment.category === 'suggestion' && !comment.deleted && !comment.resolved ? dispositionControls(comment, plan) : null,
      ),
    );
  };

  const dispositionControls = (comment: Comment, plan: Plan): HTMLElement => {
    const reason = el('input', { type: 'text', name: 'reason', maxlength: 2000, 'aria-label': '不采纳的理由' , placeholder: '不采纳的理由' });
    const send = (disposition: Disposition) => {
      const why = reason.value.trim();
      if (disposition === 'rejected' && !why) {
        message.textContent = '不采纳需要填写理由：请在“不采纳的理由”中说明后再点“不采纳”。';
        reason.focus();
        return;
      }
      act('处置建议', dispose(token, plan.id, comment.id, disposition, disposition === 'rejected' ? why : null));
    };
    return el('div', { class: 'disposition', role: 'group', 'aria-label': '处置建议' },
      el('button', { type: 'button', onClick: () => send('adopted') }, '采纳'),
      reason,
      el('button', { type: 'button', onClick: () => send('rejected') }, '不采纳'),
      el('button', { type: 'button', onClick: () => send('deferred') }, '暂缓'),
    );
  };

  const reveal = (comment: Comment) => {
    const view = context.editorView();
    const anchor = comment.anchor;
    if (!view || !anchor || anchor.index === null || anchor.length === null) {
      return;
    }
    const from = Math.min(anchor.index, view.state.doc.length);
    const to = Math.min(anchor.index + anchor.length, view.state.doc.length);
    view.dispatch({ selection: EditorSelection.single(from, to), scrollIntoView: true });
    view.focus();
  };

  const act = (action: string, request: Promise<unknown>) => {
    message.textContent = '';
    request.then(
      () => load(),
      (error: unknown) => {
        message.textContent = errorText(action, error);
      },
    );
  };

  let loading = 0;
  const load = async () => {
    const attempt = ++loading;
    try {
      const answer = await listComments(token, context.plan().id);
      if (attempt === loading) {
        comments = answer;
        show();
      }
    } catch (error) {
      message.textContent = errorText('加载评论', error);
    }
  };

  return {
    title: '评论',
    panel: {
      element,
      update(_plan: Plan, event: PlanEvent | null) {
        if (event === null || event.kind === 'comment' || event.kind === 'stage') {
          void load();
        } else {
          show();
        }
      },
    },
  };
}
