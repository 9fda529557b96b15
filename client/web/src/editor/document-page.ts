import * as Y from 'yjs';
import { awarenessUserFor } from '../auth/user-identity';
import type { Session } from '../auth/session';
import { listDocuments, shareDocument, type DocumentSummary } from '../documents/documents-api';
import type { CollabConnection } from '../realtime/collab-connection';
import { HubProvider } from '../realtime/hub-provider';
import { el, field } from '../ui/dom';
import { connectionText, documentStatusText, saveText } from '../ui/status-text';
import { createMarkdownEditor, type MarkdownEditor } from './markdown-editor';

/** The root Y.Text that holds a plan's Markdown (DESIGN.md, documents contract). */
export const contentRoot = 'content';

/**
 * One open document: the editor, who is connected, whether every change is saved, read-only notice
 * and (for its owner) sharing. Returns a function that closes it.
 */
export function renderDocumentPage(
  root: HTMLElement,
  session: Session,
  connection: CollabConnection,
  documentId: string,
): () => Promise<void> {
  const doc = new Y.Doc();
  const provider = new HubProvider({
    connection,
    documentId,
    doc,
    user: awarenessUserFor(session.userId, session.displayName),
  });

  const title = el('h1', { id: 'document-title' }, '文档');
  const connectionState = el('span', { class: 'pill', 'data-testid': 'connection-state' }, connectionText(connection.state));
  const saveState = el('span', { class: 'pill', 'data-testid': 'save-state' }, saveText(provider.saveState));
  const notice = el('p', { class: 'notice', 'data-testid': 'read-only-notice', hidden: true });
  const errors = el('p', { class: 'message', role: 'alert' });
  const shareSlot = el('div');
  const editorHost = el('div', { class: 'editor', 'data-testid': 'editor' });

  root.replaceChildren(
    el('section', { class: 'document', 'aria-labelledby': 'document-title' },
      el('nav', {}, el('a', { href: '#/' }, '← 返回文档列表')),
      el('header', { class: 'document-header' },
        title,
        el('div', { class: 'states', role: 'status', 'aria-live': 'polite' }, connectionState, saveState),
      ),
      notice,
      errors,
      shareSlot,
      editorHost,
    ),
  );

  let editor: MarkdownEditor | null = createMarkdownEditor(editorHost, doc.getText(contentRoot), provider.awareness, {
    editable: false,
    label: '教案正文（Markdown）',
  });

  const showStatus = () => {
    const documentText = documentStatusText(provider.status);
    connectionState.textContent = documentText ?? connectionText(connection.state);
    connectionState.dataset.state = connection.state;
  };
  const showRights = () => {
    const canEdit = provider.rights?.canEdit ?? false;
    editor?.setEditable(canEdit);
    notice.hidden = provider.rights === null || canEdit;
    notice.textContent = '只读：你可以查看此文档，但没有编辑权限。';
  };
  provider.on('status', showStatus);
  provider.on('rights', showRights);
  provider.on('save-state', (state) => {
    saveState.textContent = saveText(state);
    saveState.dataset.state = state.kind;
  });
  provider.on('error', (message) => {
    errors.textContent = message;
  });
  const stopWatchingConnection = connection.transport.onStateChange(showStatus);
  saveState.dataset.state = provider.saveState.kind;
  showStatus();
  showRights();

  // Leaving the page with edits the server has not acknowledged would lose them.
  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (provider.unacknowledged > 0) {
      event.preventDefault();
    }
  };
  window.addEventListener('beforeunload', warnBeforeUnload);

  listDocuments(session.accessToken).then(
    (documents) => {
      const summary = documents.find((d) => d.id === documentId);
      if (summary) {
        title.textContent = summary.title || '（无标题）';
        document.title = `${title.textContent} · 集体备课`;
        if (summary.ownerId === session.userId) {
          shareSlot.replaceChildren(shareForm(session, summary));
        }
      }
    },
    () => {
      // The title is a nicety; the editor works without it.
    },
  );

  return async () => {
    window.removeEventListener('beforeunload', warnBeforeUnload);
    stopWatchingConnection();
    editor?.destroy();
    editor = null;
    await provider.destroy();
    doc.destroy();
  };
}

function shareForm(session: Session, summary: DocumentSummary): HTMLElement {
  const userInput = el('input', { type: 'text', name: 'shareUserId', required: true, maxlength: 64, spellcheck: 'false' });
  const canEditInput = el('input', { type: 'checkbox', name: 'shareCanEdit', checked: true });
  const result = el('span', { class: 'message', role: 'status' });
  const form = el('form', { class: 'inline-form share', 'aria-label': '共享文档' },
    field('共享给（用户 ID）', userInput),
    el('label', { class: 'check' }, canEditInput, ' 可编辑'),
    el('button', { type: 'submit' }, '共享'),
    result,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const userId = userInput.value.trim();
    if (!userId) {
      return;
    }
    const canEdit = canEditInput.checked;
    shareDocument(session.accessToken, summary.id, userId, canEdit).then(
      () => {
        result.textContent = `已共享给 ${userId}（${canEdit ? '可编辑' : '只读'}）`;
        userInput.value = '';
      },
      (error: unknown) => {
        result.textContent = `共享失败：${(error as Error).message}`;
      },
    );
  });
  return form;
}
