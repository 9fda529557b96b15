import { apiFetchText } from '../auth/api-fetch';
import type { Session } from '../auth/session';
import { planHref } from '../plans/plan-route';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';

/** A version as a printable page: only the rendered 教案 (print CSS hides the app around it). */
export function renderPrintView(root: HTMLElement, session: Session, planId: string, versionId: string, onFailure: (error: unknown) => void): void {
  const article = el('article', { class: 'rendered print-page', 'aria-label': '打印预览' }, '正在生成打印版…');
  root.replaceChildren(
    el('nav', { class: 'no-print' },
      el('a', { href: planHref(planId) }, '← 返回教案'),
      ' ',
      el('button', { type: 'button', onClick: () => window.print() }, '打印'),
    ),
    article,
  );
  apiFetchText(`/api/plans/${encodeURIComponent(planId)}/versions/${encodeURIComponent(versionId)}/html`, session.accessToken).then(
    (html) => {
      // The version HTML endpoint answers a sanitized fragment; nothing else is inserted as HTML.
      article.innerHTML = html;
    },
    (error: unknown) => {
      article.textContent = errorText('生成打印版', error);
      onFailure(error);
    },
  );
}
