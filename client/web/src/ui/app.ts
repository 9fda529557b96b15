import { ApiError } from '../auth/api-fetch';
import { clearSession, loadSession, saveSession, type Session } from '../auth/session';
import { renderSignIn } from '../auth/sign-in-view';
import { documentIdFromHash } from '../documents/document-route';
import { renderDocumentPage } from '../editor/document-page';
import { renderComparePlansPage } from '../plans/compare-plans-page';
import { renderGroupPage } from '../plans/group-page';
import { renderHome } from '../plans/home-view';
import { renderPlanPage } from '../plans/plan-page';
import { routeFromHash } from '../plans/plan-route';
import { planPanels } from '../plans/plan-panels';
import { CollabConnection } from '../realtime/collab-connection';
import { hubPath } from '../realtime/hub-methods';
import { keepConnected } from '../realtime/keep-connected';
import { SignalRTransport } from '../realtime/signalr-transport';
import { renderPrintView } from '../versions/print-view';
import { renderGroupAnalyticsPage, renderPlanAnalyticsPage } from '../analytics/analytics-page';
import { renderPortfolioPage } from '../analytics/portfolio-page';
import { renderLibraryPage, renderLibraryPlanPage } from '../library/library-page';
import { el } from './dom';

interface SignedIn {
  session: Session;
  connection: CollabConnection;
  stopConnecting: () => void;
}

/** The whole page: sign-in, then home (#/), a 备课组, a plan workspace, a print view, or a plain document. */
export function startApp(root: HTMLElement): void {
  const header = el('header', { class: 'app-header' });
  const main = el('main', { id: 'main' });
  root.replaceChildren(header, main);

  let signedIn: SignedIn | null = null;
  let closePage: (() => Promise<void>) | null = null;

  const signOut = async () => {
    await closeCurrentPage();
    if (signedIn) {
      signedIn.stopConnecting();
      await signedIn.connection.stop().catch(() => undefined);
      signedIn.connection.dispose();
      signedIn = null;
    }
    clearSession();
    route();
  };

  // A 401 from the API means the token is no longer accepted: sign in again.
  const onFailure = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) {
      void signOut();
    }
  };

  const closeCurrentPage = async () => {
    const close = closePage;
    closePage = null;
    await close?.();
  };

  const signIn = (session: Session) => {
    saveSession(session);
    const connection = new CollabConnection(
      new SignalRTransport({ url: hubPath, accessToken: () => session.accessToken }),
    );
    // The hub refusing the token (401 at negotiation) means the sign-in expired: sign in again.
    const onStartFailure = (error: unknown) => {
      if (/\b401\b/.test(String(error))) {
        void signOut();
      }
    };
    signedIn = { session, connection, stopConnecting: keepConnected(connection, { onStartFailure }) };
  };

  const route = () => {
    void closeCurrentPage().then(() => {
      if (!signedIn) {
        const stored = loadSession();
        if (stored) {
          signIn(stored);
        }
      }
      if (!signedIn) {
        header.replaceChildren(el('span', { class: 'brand' }, '集体备课'));
        renderSignIn(main, (session) => {
          signIn(session);
          route();
        });
        return;
      }
      const { session, connection } = signedIn;
      header.replaceChildren(
        el('a', { class: 'brand', href: '#/' }, '集体备课'),
        el('span', { class: 'user', 'data-testid': 'current-user' }, `${session.displayName}（用户 ID：${session.userId}）`),
        el('button', { type: 'button', onClick: () => void signOut() }, '退出登录'),
      );
      const documentId = documentIdFromHash(location.hash);
      const page = routeFromHash(location.hash);
      main.classList.toggle('wide', page.page === 'plan' || page.page === 'compare-plans' || page.page === 'plan-analytics' || page.page === 'group-analytics');
      if (documentId) {
        closePage = renderDocumentPage(main, session, connection, documentId);
      } else if (page.page === 'group') {
        renderGroupPage(main, session, page.groupId, onFailure);
      } else if (page.page === 'plan') {
        closePage = renderPlanPage(main, session, connection, page.planId, planPanels, onFailure);
      } else if (page.page === 'print') {
        renderPrintView(main, session, page.planId, page.versionId, onFailure);
      } else if (page.page === 'plan-analytics') {
        closePage = renderPlanAnalyticsPage(main, session, page.planId, onFailure);
      } else if (page.page === 'group-analytics') {
        closePage = renderGroupAnalyticsPage(main, session, page.groupId, onFailure);
      } else if (page.page === 'portfolio') {
        closePage = renderPortfolioPage(main, session, page.userId, page.semester, onFailure);
      } else if (page.page === 'compare-plans') {
        renderComparePlansPage(main, session, page.leftPlanId, page.rightPlanId, onFailure);
      } else if (page.page === 'library') {
        renderLibraryPage(main, session, page.query, onFailure);
      } else if (page.page === 'library-plan') {
        renderLibraryPlanPage(main, session, page.planId, onFailure);
      } else {
        document.title = '集体备课 · LessonStudy';
        renderHome(main, session, onFailure);
      }
    });
  };

  window.addEventListener('hashchange', route);
  route();
}
