import type { Session } from '../auth/session';
import { el, field } from '../ui/dom';
import { createDocument, listDocuments, type DocumentSummary } from './documents-api';
import { documentHref } from './document-route';

/** The documents the signed-in user can open, and a form to create one. */
export function renderDocumentList(root: HTMLElement, session: Session, onFailure: (error: unknown) => void): void {
  const list = el('ul', { class: 'documents', 'aria-label': '文档列表' });
  const message = el('p', { class: 'message', role: 'status' }, '正在加载文档…');
  const titleInput = el('input', { type: 'text', name: 'title', required: true, maxlength: 200, placeholder: '例如：《背影》第一课时' });
  const form = el('form', { class: 'inline-form', 'aria-label': '新建文档' },
    field('新文档标题', titleInput),
    el('button', { type: 'submit' }, '新建文档'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const title = titleInput.value.trim();
    if (!title) {
      return;
    }
    createDocument(session.accessToken, title).then(
      (id) => {
        location.hash = documentHref(id);
      },
      (error: unknown) => {
        message.textContent = `新建失败：${(error as Error).message}`;
        onFailure(error);
      },
    );
  });

  root.replaceChildren(
    el('section', { class: 'panel', 'aria-labelledby': 'documents-title' },
      el('h1', { id: 'documents-title' }, '我的文档'),
      form,
      message,
      list,
    ),
  );

  listDocuments(session.accessToken).then(
    (documents) => {
      message.textContent = documents.length === 0 ? '还没有文档。新建一个，或请同事把文档共享给你。' : '';
      list.replaceChildren(...documents.map((document) => documentItem(document, session)));
    },
    (error: unknown) => {
      message.textContent = `无法加载文档：${(error as Error).message}`;
      onFailure(error);
    },
  );
}

function documentItem(document: DocumentSummary, session: Session): HTMLLIElement {
  const owner = document.ownerId === session.userId ? '我创建的' : `创建者：${document.ownerId}`;
  return el('li', {},
    el('a', { href: documentHref(document.id) }, document.title || '（无标题）'),
    el('span', { class: 'meta' }, ` ${owner} · ${document.canEdit ? '可编辑' : '只读'}`),
  );
}
