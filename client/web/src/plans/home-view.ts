import type { Session } from '../auth/session';
import { renderDocumentList } from '../documents/document-list-view';
import { el, field } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { groupHref, libraryHref, planHref, portfolioHref } from './plan-route';
import type { Group, Plan } from './plan-types';
import { createGroup, listGroupPlans, listGroups } from './plans-api';
import { planIdFromInput, recentPlans } from './recent-plans';
import { roundStages, stageName, stageWithRound } from './stage-names';

/** Home: 我的备课组 (and a form to create one), 我的教案 by stage, and the plain documents below. */
export function renderHome(root: HTMLElement, session: Session, onFailure: (error: unknown) => void): void {
  const groupList = el('ul', { class: 'cards', 'aria-label': '备课组列表' });
  const groupMessage = el('p', { class: 'message', role: 'status' }, '正在加载备课组…');
  const plansSlot = el('div', { class: 'plans-by-stage' }, el('p', { class: 'hint' }, '正在加载教案…'));
  const documentsSlot = el('div');

  root.replaceChildren(
    el('nav', { class: 'home-links', 'aria-label': '常用入口' },
      el('a', { href: libraryHref() }, '优秀教案库'),
      ' · ',
      el('a', { href: portfolioHref(session.userId) }, '我的成长记录袋'),
    ),
    el('section', { class: 'panel', 'aria-labelledby': 'groups-title' },
      el('h1', { id: 'groups-title' }, '我的备课组'),
      groupMessage,
      groupList,
      createGroupForm(session, onFailure),
    ),
    el('section', { class: 'panel', 'aria-labelledby': 'plans-title' },
      el('h2', { id: 'plans-title' }, '我的教案'),
      plansSlot,
      recentList(session.userId),
      openPlanForm(),
    ),
    documentsSlot,
  );
  renderDocumentList(documentsSlot, session, onFailure);

  listGroups(session.accessToken).then(
    async (groups) => {
      groupMessage.textContent = groups.length === 0 ? '你还没有加入任何备课组。新建一个，或请备课组长把你加为成员。' : '';
      groupList.replaceChildren(...groups.map((group) => groupCard(group, session.userId)));
      const plans = (await Promise.all(groups.map((g) => listGroupPlans(session.accessToken, g.id).catch(() => [] as Plan[])))).flat();
      plansSlot.replaceChildren(plansByStage(plans, session.userId));
    },
    (error: unknown) => {
      groupMessage.textContent = errorText('加载备课组', error);
      plansSlot.replaceChildren();
      onFailure(error);
    },
  );
}

function groupCard(group: Group, userId: string): HTMLElement {
  const mine = group.members.find((m) => m.userId === userId);
  return el('li', { class: 'card' },
    el('a', { href: groupHref(group.id) }, group.name),
    el('span', { class: 'meta' }, ` ${group.school} · ${group.subject} · ${group.grade} · ${group.members.length} 位成员${mine?.role === 'leader' ? ' · 我是备课组长' : ''}`),
  );
}

/** My plans grouped by stage; each says what waits for me (e.g. 待处置 in 修正 for its teacher). */
function plansByStage(plans: Plan[], userId: string): HTMLElement {
  if (plans.length === 0) {
    return el('p', { class: 'hint' }, '还没有教案。在备课组页面新建教案。');
  }
  const stages = [...roundStages, 'final' as const];
  const columns = stages
    .map((stage) => ({ stage, plans: plans.filter((p) => p.stage === stage) }))
    .filter((column) => column.plans.length > 0)
    .map((column) =>
      el('section', { class: 'stage-column', 'aria-label': stageName(column.stage) },
        el('h3', {}, `${stageName(column.stage)}（${column.plans.length}）`),
        el('ul', { class: 'documents' },
          ...column.plans.map((plan) =>
            el('li', {},
              el('a', { href: planHref(plan.id) }, plan.title),
              el('span', { class: 'meta' }, ` ${stageWithRound(plan.stage, plan.round)} · 执教：${plan.teacher.displayName}`),
              waitingFor(plan, userId),
            ),
          ),
        ),
      ),
    );
  return el('div', { class: 'stage-columns' }, ...columns);
}

function waitingFor(plan: Plan, userId: string): HTMLElement | null {
  const rights = plan.myRights;
  let text: string | null = null;
  if (rights.canDispose) {
    text = '待处置建议';
  } else if (rights.canObserve && plan.stage === 'tracking') {
    text = `第${plan.round}轮 跟踪听课`;
  } else if (rights.canReflect) {
    text = '待写课后反思';
  } else if (rights.canEdit && plan.teacher.userId === userId) {
    text = '待编辑';
  }
  return text ? el('span', { class: 'badge' }, text) : null;
}

function createGroupForm(session: Session, onFailure: (error: unknown) => void): HTMLElement {
  const input = (name: string, placeholder: string) =>
    el('input', { type: 'text', name, required: true, maxlength: 100, placeholder });
  const name = input('groupName', '例如：初二语文备课组');
  const school = input('school', '例如：实验中学');
  const subject = input('subject', '例如：语文');
  const grade = input('grade', '例如：八年级');
  const message = el('p', { class: 'message', role: 'alert' });
  const form = el('form', { class: 'inline-form', 'aria-label': '新建备课组' },
    field('备课组名称', name),
    field('学校', school),
    field('学科', subject),
    field('年级', grade),
    el('button', { type: 'submit' }, '新建备课组'),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.textContent = '';
    createGroup(session.accessToken, {
      name: name.value.trim(),
      school: school.value.trim(),
      subject: subject.value.trim(),
      grade: grade.value.trim(),
    }).then(
      (group) => {
        location.hash = groupHref(group.id);
      },
      (error: unknown) => {
        message.textContent = errorText('新建备课组', error);
        onFailure(error);
      },
    );
  });
  return form;
}

/** Plans opened recently in this browser: how an invited 观课教师 from outside the group gets back to one. */
function recentList(userId: string): HTMLElement | null {
  const recent = recentPlans(userId);
  if (recent.length === 0) {
    return null;
  }
  return el('section', { 'aria-label': '最近打开的教案' },
    el('h3', {}, '最近打开'),
    el('ul', { class: 'documents' }, ...recent.map((p) => el('li', {}, el('a', { href: planHref(p.id) }, p.title)))),
  );
}

/** Opens a plan from the link someone sent (观课教师 are invited by user ID and get the link from the group). */
function openPlanForm(): HTMLElement {
  const input = el('input', { type: 'text', name: 'planLink', required: true, spellcheck: 'false', placeholder: '粘贴教案链接或 ID' });
  const message = el('p', { class: 'message', role: 'alert' });
  const form = el('form', { class: 'inline-form', 'aria-label': '按链接打开教案' },
    field('教案链接', input),
    el('button', { type: 'submit' }, '打开教案'),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = planIdFromInput(input.value);
    if (id) {
      location.hash = planHref(id);
    } else {
      message.textContent = '这不是教案链接：请粘贴以 #/plans/ 加 32 位编号结尾的地址，或只粘贴编号。';
    }
  });
  return form;
}
