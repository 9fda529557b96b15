import * as Y from 'yjs';
import type { Session } from '../auth/session';
import { awarenessUserFor } from '../auth/user-identity';
import { contentRoot } from '../editor/document-page';
import { createMarkdownEditor, type MarkdownEditor } from '../editor/markdown-editor';
import { awarenessUserField, type AwarenessUser } from '../realtime/awareness-user';
import type { CollabConnection } from '../realtime/collab-connection';
import type { PlanEvent } from '../realtime/hub-methods';
import { HubProvider } from '../realtime/hub-provider';
import { confirmDialog } from '../ui/confirm-dialog';
import { el, field } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { connectionText, documentStatusText, saveText } from '../ui/status-text';
import { groupHref, planAnalyticsHref } from './plan-route';
import type { PlanPanel, PlanPanelContext } from './plan-panel';
import type { Plan, Stage } from './plan-types';
import { getPlan, inviteObserver, movePlan, renderPlan } from './plans-api';
import { readOnlyText } from './read-only-text';
import { undisposedCount } from './undisposed-count';
import { rememberPlan } from './recent-plans';
import { stageBar } from './stage-bar';
import { roleName, stageWithRound, transitionConsequence, transitionLabel } from './stage-names';

export type PanelFactory = (context: PlanPanelContext) => { title: string; panel: PlanPanel };

/**
 * The plan workspace: stage bar and the moves the server allows the caller, the live editor on the
 * plan's document (read-only made obvious), the rendered preview beside it, and side panels
 * (comments, versions, observations, exchange) that refetch on the hub's PlanEvents.
 */
export function renderPlanPage(
  root: HTMLElement,
  session: Session,
  connection: CollabConnection,
  planId: string,
  panels: readonly PanelFactory[],
  onFailure: (error: unknown) => void,
): () => Promise<void> {
  const message = el('p', { class: 'message', role: 'alert' });
  root.replaceChildren(el('nav', {}, el('a', { href: '#/' }, '← 返回首页')), el('p', { class: 'hint' }, '正在打开教案…'), message);
  let closed = false;
  let close: () => Promise<void> = async () => {
    closed = true;
  };

  getPlan(session.accessToken, planId).then(
    (plan) => {
      if (!closed) {
        close = openWorkspace(root, session, connection, plan, panels, onFailure);
      }
    },
    (error: unknown) => {
      message.textContent = errorText('打开教案', error);
      onFailure(error);
    },
  );
  return () => close();
}

function openWorkspace(
  root: HTMLElement,
  session: Session,
  connection: CollabConnection,
  initial: Plan,
  panelFactories: readonly PanelFactory[],
  onFailure: (error: unknown) => void,
): () => Promise<void> {
  let plan = initial;
  const doc = new Y.Doc();
  const text = doc.getText(contentRoot);
  const provider = new HubProvider({
    connection,
    documentId: plan.documentId,
    doc,
    user: awarenessUserFor(session.userId, session.displayName),
  });

  const titleEl = el('h1', { id: 'plan-title' }, plan.title);
  const meta = el('p', { class: 'meta', 'data-testid': 'plan-meta' });
  const barSlot = el('div');
  const actions = el('div', { class: 'transition-actions', role: 'group', 'aria-label': '阶段操作' });
  const connectionState = el('span', { class: 'pill', 'data-testid': 'connection-state' });
  const saveState = el('span', { class: 'pill', 'data-testid': 'save-state' }, saveText(provider.saveState));
  const presence = el('ul', { class: 'presence', 'aria-label': '在线的人', 'data-testid': 'presence' });
  const banner = el('p', { class: 'notice read-only', 'data-testid': 'read-only-notice', role: 'status', hidden: true });
  const errors = el('p', { class: 'message', role: 'alert' });
  const inviteSlot = el('div');
  const editorHost = el('div', { class: 'editor', 'data-testid': 'editor' });
  const preview = el('article', { class: 'preview rendered', 'aria-label': '预览', 'data-testid': 'preview' }, '正在生成预览…');
  const tabList = el('div', { class: 'tabs', role: 'tablist', 'aria-label': '教案工具' });
  const tabPanels = el('div', { class: 'tab-panels' });

  root.replaceChildren(
    el('section', { class: 'plan', 'aria-labelledby': 'plan-title' },
      el('nav', {}, el('a', { href: '#/' }, '← 返回首页'), ' · ', el('a', { href: groupHref(plan.groupId) }, '备课组'), ' · ', el('a', { href: planAnalyticsHref(plan.id) }, '统计')),
      el('header', { class: 'document-header' },
        el('div', {}, titleEl, meta),
        el('div', { class: 'states', role: 'status', 'aria-live': 'polite' }, connectionState, saveState),
      ),
      barSlot,
      actions,
      presence,
      banner,
      errors,
      inviteSlot,
      el('div', { class: 'workspace' },
        el('div', { class: 'editor-column' }, el('h2', { class: 'visually-hidden' }, '教案正文'), editorHost),
        el('div', { class: 'preview-column' }, el('h2', { class: 'column-title' }, '预览'), preview),
      ),
      el('div', { class: 'side' }, tabList, tabPanels),
    ),
  );

  let editor: MarkdownEditor | null = createMarkdownEditor(editorHost, text, provider.awareness, {
    editable: false,
    label: '教案正文（Markdown）',
  });

  const context: PlanPanelContext = {
    session,
    plan: () => plan,
    text,
    editorView: () => editor?.view ?? null,
    highlight: (ranges) => editor?.setHighlights(ranges),
    refreshPlan: () => refresh(null),
  };
  const panels = panelFactories.map((factory) => factory(context));
  panels.forEach(({ title, panel }, index) => {
    const tabId = `tab-${index}`;
    const panelId = `tabpanel-${index}`;
    const tab = el('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'aria-selected': 'false', tabindex: '-1' }, title);
    const host = el('section', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, hidden: true }, panel.element);
    tab.addEventListener('click', () => selectTab(index));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step !== 0) {
        const next = (index + step + panels.length) % panels.length;
        selectTab(next);
        (tabList.children[next] as HTMLElement).focus();
      }
    });
    tabList.append(tab);
    tabPanels.append(host);
  });
  const selectTab = (selected: number) => {
    [...tabList.children].forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === selected));
      tab.setAttribute('tabindex', i === selected ? '0' : '-1');
      (tabPanels.children[i] as HTMLElement).hidden = i !== selected;
    });
  };
  if (panels.length > 0) {
    selectTab(0);
  }

  const showPlan = () => {
    rememberPlan(session.userId, { id: plan.id, title: plan.title });
    titleEl.textContent = plan.title;
    document.title = `${plan.title} · 集体备课`;
    const roles = plan.myRights.roles.map(roleName).join('、') || '无';
    meta.textContent = `${plan.subject} · ${plan.grade}${plan.lesson ? ` · ${plan.lesson}` : ''} · 执教教师：${plan.teacher.displayName} · ${stageWithRound(plan.stage, plan.round)} · 我的角色：${roles}`;
    barSlot.replaceChildren(stageBar(plan));
    actions.replaceChildren(...plan.myRights.transitions.map((to) =>
      el('button', { type: 'button', class: 'primary', 'data-to': to, onClick: () => void move(to) }, transitionLabel(plan.stage, to, plan.round)),
    ));
    const canInvite = plan.stage !== 'final' && (plan.myRights.roles.includes('teacher') || plan.myRights.roles.includes('leader'));
    inviteSlot.replaceChildren(
      ...(plan.observers.length > 0 ? [el('p', { class: 'meta' }, `观课教师：${plan.observers.map((o) => o.displayName).join('、')}`)] : []),
      ...(canInvite ? [inviteForm(), el('p', { class: 'meta' }, '邀请后把本页链接发给观课教师，他在首页“按链接打开教案”即可进入：', el('code', { 'data-testid': 'plan-link' }, location.href))] : []),
    );
    showRights();
  };

  // The editor follows the hub's rights (RightsChanged is immediate); the plan's rights fill the gap
  // before the join answers.
  const showRights = () => {
    const hubRights = provider.rights;
    const canEdit = hubRights ? hubRights.canEdit : false;
    editor?.setEditable(canEdit);
    const stage = (hubRights?.stage as Stage | undefined) ?? plan.stage;
    const closedForMe = hubRights?.canRead === false;
    const reason = closedForMe ? '你已无权查看此教案。请返回首页。' : readOnlyText(stage, { canEdit: hubRights ? canEdit : plan.myRights.canEdit, roles: plan.myRights.roles });
    banner.hidden = reason === null;
    banner.textContent = reason ?? '';
    editorHost.classList.toggle('read-only', reason !== null);
  };

  const inviteForm = () => {
    const userId = el('input', { type: 'text', name: 'observerUserId', required: true, maxlength: 64, spellcheck: 'false' });
    const name = el('input', { type: 'text', name: 'observerName', required: true, maxlength: 64 });
    const result = el('span', { class: 'message', role: 'alert' });
    const form = el('form', { class: 'inline-form', 'aria-label': '邀请观课教师' },
      field('观课教师用户 ID', userId),
      field('观课教师姓名', name),
      el('button', { type: 'submit' }, '邀请观课'),
      result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      inviteObserver(session.accessToken, plan.id, userId.value.trim(), name.value.trim()).then(
        (updated) => {
          plan = updated;
          showPlan();
        },
        (error: unknown) => {
          result.textContent = errorText('邀请观课教师', error);
        },
      );
    });
    return form;
  };

  const move = async (to: Stage) => {
    errors.textContent = '';
    const ok = await confirmDialog({
      title: `${transitionLabel(plan.stage, to, plan.round)}？`,
      body: transitionConsequence(to),
      confirm: '确认',
    });
    if (!ok) {
      return;
    }
    try {
      plan = await movePlan(session.accessToken, plan.id, to);
    } catch (error) {
      const undisposed = undisposedCount(error);
      if (undisposed === null) {
        errors.textContent = errorText('切换阶段', error);
        await refresh(null);
        return;
      }
      const again = await confirmDialog({
        title: '还有未处置的建议',
        body: `还有 ${undisposed} 条建议未处置（未采纳、未不采纳、未暂缓）。仍要进入跟踪吗？`,
        confirm: '仍然进入跟踪',
        cancel: '返回处置',
      });
      if (!again) {
        return;
      }
      try {
        plan = await movePlan(session.accessToken, plan.id, to, true);
      } catch (second) {
        errors.textContent = errorText('切换阶段', second);
        await refresh(null);
        return;
      }
    }
    showPlan();
    for (const { panel } of panels) {
      panel.update(plan, null);
    }
  };

  let refreshing: Promise<void> | null = null;
  const refresh = async (event: PlanEvent | null) => {
    try {
      plan = await getPlan(session.accessToken, plan.id);
      showPlan();
    } catch (error) {
      errors.textContent = errorText('刷新教案', error);
      onFailure(error);
      return;
    }
    for (const { panel } of panels) {
      panel.update(plan, event);
    }
  };
  const refreshSerialized = (event: PlanEvent | null) => {
    const run = (refreshing ?? Promise.resolve()).then(() => refresh(event));
    refreshing = run;
    void run.finally(() => {
      if (refreshing === run) {
        refreshing = null;
      }
    });
  };

  // Preview: the server renders the live document; refetch shortly after the text settles.
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  const loadPreview = () => {
    renderPlan(session.accessToken, plan.id).then(
      (html) => {
        // Only HTML from the render endpoint goes in as HTML: the server sanitizes it.
        preview.innerHTML = html;
      },
      (error: unknown) => {
        preview.textContent = errorText('生成预览', error);
      },
    );
  };
  const schedulePreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(loadPreview, 900);
  };
  doc.on('update', schedulePreview);

  const showStatus = () => {
    connectionState.textContent = documentStatusText(provider.status) ?? connectionText(connection.state);
    connectionState.dataset.state = connection.state;
  };
  const showPresence = () => {
    const users = new Map<string, AwarenessUser>();
    for (const [clientId, state] of provider.awareness.getStates()) {
      const user = (state as Record<string, unknown>)[awarenessUserField] as AwarenessUser | undefined;
      if (user) {
        users.set(`${user.name}-${clientId === doc.clientID ? 'me' : clientId}`, user);
      }
    }
    const names = new Map<string, AwarenessUser>();
    for (const user of users.values()) {
      names.set(user.name, user);
    }
    presence.replaceChildren(
      el('li', { class: 'presence-label' }, '在线：'),
      ...[...names.values()].map((user) => el('li', { class: 'presence-user', style: `--user-color:${user.color}` }, user.name)),
    );
  };
  provider.awareness.on('change', showPresence);
  provider.on('status', showStatus);
  provider.on('rights', (rights) => {
    showRights();
    // A stage change reaches us as rights first: refetch the plan for its buttons and panels.
    if (rights.stage !== plan.stage || rights.round !== plan.round || rights.canRead === false) {
      refreshSerialized(null);
    }
  });
  provider.on('save-state', (state) => {
    saveState.textContent = saveText(state);
    saveState.dataset.state = state.kind;
    // Our own edits reach the server's render once acknowledged.
    if (state.kind === 'saved') {
      schedulePreview();
    }
  });
  provider.on('error', (text) => {
    errors.textContent = text;
  });
  provider.on('synced', (synced) => {
    if (synced) {
      loadPreview();
    }
  });
  const stopEvents = connection.onPlanEvent(plan.documentId, (event) => refreshSerialized(event));
  const stopWatchingConnection = connection.transport.onStateChange(showStatus);
  saveState.dataset.state = provider.saveState.kind;
  showStatus();
  showPlan();
  showPresence();
  for (const { panel } of panels) {
    panel.update(plan, null);
  }

  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (provider.unacknowledged > 0) {
      event.preventDefault();
    }
  };
  window.addEventListener('beforeunload', warnBeforeUnload);

  return async () => {
    window.removeEventListener('beforeunload', warnBeforeUnload);
    clearTimeout(previewTimer);
    stopEvents();
    stopWatchingConnection();
    for (const { panel } of panels) {
      panel.destroy?.();
    }
    editor?.destroy();
    editor = null;
    await provider.destroy();
    doc.destroy();
  };
}
