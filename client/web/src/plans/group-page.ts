import type { Session } from '../auth/session';
import { el, field } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { groupAnalyticsHref, planHref } from './plan-route';
import type { Group, Plan } from './plan-types';
import { createPlan, getGroup, listGroupPlans, setGroupMember } from './plans-api';
import { roleName, stageWithRound } from './stage-names';

/** A 备课组: members and roles (a leader adds members), its plans, and a form to create a plan. */
export function renderGroupPage(root: HTMLElement, session: Session, groupId: string, onFailure: (error: unknown) => void): void {
  const message = el('p', { class: 'message', role: 'alert' });
  root.replaceChildren(el('nav', {}, el('a', { href: '#/' }, '← 返回首页')), el('p', { class: 'hint' }, '正在加载备课组…'), message);

  const load = () =>
    Promise.all([getGroup(session.accessToken, groupId), listGroupPlans(session.accessToken, groupId)]).then(
      ([group, plans]) => show(group, plans),
      (error: unknown) => {
        message.textContent = errorText('打开备课组', error);
        onFailure(error);
      },
    );

  const show = (group: Group, plans: Plan[]) => {
    document.title = `${group.name} · 集体备课`;
    const isLeader = group.members.some((m) => m.userId === session.userId && m.role === 'leader');
    root.replaceChildren(
      el('nav', {}, el('a', { href: '#/' }, '← 返回首页'), isLeader ? ' · ' : null, isLeader ? el('a', { href: groupAnalyticsHref(group.id) }, '备课组统计') : null),
      el('section', { class: 'panel', 'aria-labelledby': 'group-title' },
        el('h1', { id: 'group-title' }, group.name),
        el('p', { class: 'meta' }, `${group.school} · ${group.subject} · ${group.grade}`),
        el('h2', {}, '成员'),
        el('table', { class: 'members', 'aria-label': '成员与角色' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '姓名'), el('th', { scope: 'col' }, '用户 ID'), el('th', { scope: 'col' }, '角色'))),
          el('tbody', {},
            ...group.members.map((m) => el('tr', {}, el('td', {}, m.displayName), el('td', {}, m.userId), el('td', {}, roleName(m.role)))),
          ),
        ),
        isLeader ? memberForm(session, group, load) : el('p', { class: 'hint' }, '只有备课组长可以添加成员和调整角色。'),
      ),
      el('section', { class: 'panel', 'aria-labelledby': 'group-plans-title' },
        el('h2', { id: 'group-plans-title' }, '教案'),
        plans.length === 0
          ? el('p', { class: 'hint' }, '还没有教案。')
          : el('ul', { class: 'documents', 'aria-label': '备课组教案' },
            ...plans.map((plan) =>
              el('li', {},
                el('a', { href: planHref(plan.id) }, plan.title),
                el('span', { class: 'meta' }, ` ${stageWithRound(plan.stage, plan.round)} · 执教：${plan.teacher.displayName}`),
              ),
            ),
          ),
        planForm(session, group),
      ),
    );
  };

  void load();
}

function memberForm(session: Session, group: Group, reload: () => Promise<void>): HTMLElement {
  const userId = el('input', { type: 'text', name: 'memberUserId', required: true, maxlength: 64, spellcheck: 'false' });
  const displayName = el('input', { type: 'text', name: 'memberName', required: true, maxlength: 64 });
  const role = el('select', { name: 'memberRole' },
    el('option', { value: 'member' }, '组员'),
    el('option', { value: 'leader' }, '备课组长'),
  );
  const message = el('p', { class: 'message', role: 'alert' });
  const form = el('form', { class: 'inline-form', 'aria-label': '添加成员' },
    field('成员用户 ID', userId),
    field('成员姓名', displayName),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '角色'), role),
    el('button', { type: 'submit' }, '添加成员'),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.textContent = '';
    setGroupMember(session.accessToken, group.id, {
      userId: userId.value.trim(),
      displayName: displayName.value.trim(),
      role: role.value as 'leader' | 'member',
    }).then(
      () => reload(),
      (error: unknown) => {
        message.textContent = errorText('添加成员', error);
      },
    );
  });
  return form;
}

function planForm(session: Session, group: Group): HTMLElement {
  const title = el('input', { type: 'text', name: 'planTitle', required: true, maxlength: 200, placeholder: '例如：《背影》第一课时' });
  const lesson = el('input', { type: 'text', name: 'lesson', maxlength: 100, placeholder: '例如：第1课时' });
  const teacher = el('select', { name: 'teacherId', required: true },
    ...group.members.map((m) => el('option', { value: m.userId, selected: m.userId === session.userId }, `${m.displayName}（${m.userId}）`)),
  );
  const message = el('p', { class: 'message', role: 'alert' });
  const form = el('form', { class: 'inline-form', 'aria-label': '新建教案' },
    field('课题', title),
    field('课时', lesson),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '执教教师'), teacher),
    el('button', { type: 'submit' }, '新建教案'),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.textContent = '';
    const lessonText = lesson.value.trim();
    createPlan(session.accessToken, group.id, {
      title: title.value.trim(),
      teacherId: teacher.value,
      ...(lessonText ? { lesson: lessonText } : {}),
    }).then(
      (plan) => {
        location.hash = planHref(plan.id);
      },
      (error: unknown) => {
        message.textContent = errorText('新建教案', error);
      },
    );
  });
  return form;
}
