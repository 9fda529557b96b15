import type { Session } from '../auth/session';
import { libraryHref, libraryPlanHref, planHref } from '../plans/plan-route';
import type { Group } from '../plans/plan-types';
import { createPlan, listGroups } from '../plans/plans-api';
import { el, field } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { getLibraryPlan, searchLibrary } from './library-api';
import { libraryQueryFromString, libraryQueryString } from './library-query';
import type { LibraryEntry } from './library-types';

const back = () => el('nav', {}, el('a', { href: '#/' }, '← 返回首页'));

/** 优秀教案库: search 定稿 plans by 学科, 年级 and words; the search lives in the hash so it can be shared. */
export function renderLibraryPage(root: HTMLElement, session: Session, queryText: string, onFailure: (error: unknown) => void): void {
  document.title = '优秀教案库 · 集体备课';
  const query = libraryQueryFromString(queryText);
  const input = (name: string, value: string, placeholder: string) =>
    el('input', { type: 'text', name, value, maxlength: 100, placeholder });
  const subject = input('subject', query.subject, '例如：语文');
  const grade = input('grade', query.grade, '例如：八年级');
  const words = input('q', query.q, '课题或正文中的词，空格分隔');
  const form = el('form', { class: 'inline-form', role: 'search', 'aria-label': '搜索优秀教案' },
    field('学科', subject),
    field('年级', grade),
    field('关键词', words),
    el('button', { type: 'submit' }, '搜索'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = libraryHref(libraryQueryString({ subject: subject.value, grade: grade.value, q: words.value }));
    if (location.hash === next) {
      renderLibraryPage(root, session, queryText, onFailure);
    } else {
      location.hash = next;
    }
  });
  const status = el('p', { class: 'message', role: 'status' }, '正在搜索…');
  const list = el('ul', { class: 'cards', 'aria-label': '搜索结果' });
  root.replaceChildren(
    back(),
    el('section', { class: 'panel', 'aria-labelledby': 'library-title' },
      el('h1', { id: 'library-title' }, '优秀教案库'),
      el('p', { class: 'hint' }, '收录各备课组已定稿的教案，可以查看全文，也可以以此为模板新建自己的教案。'),
      form,
      status,
      list,
    ),
  );
  searchLibrary(session.accessToken, query).then(
    (entries) => {
      status.textContent = entries.length === 0 ? '没有找到符合条件的定稿教案。' : `找到 ${entries.length} 篇定稿教案（最多显示 100 篇，最新的在前）。`;
      list.replaceChildren(...entries.map(entryCard));
    },
    (error: unknown) => {
      status.textContent = errorText('搜索教案库', error);
      onFailure(error);
    },
  );
}

function entryCard(entry: LibraryEntry): HTMLElement {
  return el('li', { class: 'card' },
    el('a', { href: libraryPlanHref(entry.planId) }, entry.title),
    el('span', { class: 'meta' }, ` ${entryMeta(entry)}`),
  );
}

function entryMeta(entry: LibraryEntry): string {
  const parts = [entry.subject, entry.grade, entry.lesson, `执教：${entry.teacher.displayName}`, `${entry.school} ${entry.groupName}`];
  return `${parts.filter(Boolean).join(' · ')} · 定稿于 ${new Date(entry.finalizedAt).toLocaleDateString('zh-CN')}`;
}

/** One 定稿 plan's final text, and the form that starts a new plan from it in one of my 备课组. */
export function renderLibraryPlanPage(root: HTMLElement, session: Session, planId: string, onFailure: (error: unknown) => void): void {
  const message = el('p', { class: 'message', role: 'alert' });
  root.replaceChildren(el('nav', {}, el('a', { href: libraryHref() }, '← 返回优秀教案库')), el('p', { class: 'hint', role: 'status' }, '正在加载教案…'), message);
  getLibraryPlan(session.accessToken, planId).then(
    (plan) => {
      document.title = `${plan.entry.title} · 优秀教案库`;
      root.replaceChildren(
        el('nav', {}, el('a', { href: libraryHref() }, '← 返回优秀教案库')),
        el('section', { class: 'panel', 'aria-labelledby': 'library-plan-title' },
          el('h1', { id: 'library-plan-title' }, plan.entry.title),
          el('p', { class: 'meta' }, entryMeta(plan.entry)),
          copyForm(session, plan.entry, onFailure),
          el('h2', {}, '定稿全文'),
          el('pre', { class: 'reflection', 'aria-label': '定稿全文（Markdown）' }, plan.markdown),
        ),
      );
    },
    (error: unknown) => {
      message.textContent = errorText('打开教案', error);
      onFailure(error);
    },
  );
}

function copyForm(session: Session, entry: LibraryEntry, onFailure: (error: unknown) => void): HTMLElement {
  const groupSelect = el('select', { name: 'group', required: true });
  const title = el('input', { type: 'text', name: 'title', required: true, maxlength: 200, value: entry.title });
  const message = el('p', { class: 'message', role: 'alert' });
  const submit = el('button', { type: 'submit', disabled: true }, '以此为模板新建教案');
  const form = el('form', { class: 'inline-form', 'aria-label': '以此为模板新建教案' },
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '新建到备课组'), groupSelect),
    field('新教案课题', title),
    submit,
    message,
  );
  listGroups(session.accessToken).then(
    (groups: Group[]) => {
      if (groups.length === 0) {
        message.textContent = '你还没有加入任何备课组，加入后才能以此为模板新建教案。';
        return;
      }
      groupSelect.replaceChildren(...groups.map((g) => el('option', { value: g.id }, `${g.name}（${g.subject} · ${g.grade}）`)));
      submit.disabled = false;
    },
    (error: unknown) => {
      message.textContent = errorText('加载备课组', error);
      onFailure(error);
    },
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.textContent = '';
    submit.disabled = true;
    createPlan(session.accessToken, groupSelect.value, {
      title: title.value.trim(),
      teacherId: session.userId,
      lesson: entry.lesson || undefined,
      copyFromPlanId: entry.planId,
    }).then(
      (plan) => {
        location.hash = planHref(plan.id);
      },
      (error: unknown) => {
        submit.disabled = false;
        message.textContent = errorText('以此为模板新建教案', error);
        onFailure(error);
      },
    );
  });
  return form;
}
