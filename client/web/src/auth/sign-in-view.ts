import { el, field } from '../ui/dom';
import { fetchSignInMode, requestDevToken } from './auth-api';
import type { Session } from './session';
import { presetTeachers, userIdForName } from './user-identity';

/** The sign-in page: development sign-in (pick or type a name), or a note when Entra is configured. */
export function renderSignIn(root: HTMLElement, onSignedIn: (session: Session) => void): void {
  const message = el('p', { class: 'message', role: 'alert' });
  const section = el('section', { class: 'panel sign-in', 'aria-labelledby': 'sign-in-title' },
    el('h1', { id: 'sign-in-title' }, '登录'),
    el('p', {}, '正在确认登录方式…'),
    message,
  );
  root.replaceChildren(section);

  fetchSignInMode().then(
    (mode) => {
      if (mode === 'entra') {
        section.replaceChildren(
          el('h1', { id: 'sign-in-title' }, '登录'),
          el('p', {}, '本服务器使用 Microsoft Entra ID 登录。网页端的 Entra 登录将在下一个版本中提供。'),
        );
        return;
      }
      section.replaceChildren(...developmentSignIn(onSignedIn, message), message);
    },
    (error: unknown) => {
      message.textContent = `无法连接服务器：${(error as Error).message}`;
    },
  );
}

function developmentSignIn(onSignedIn: (session: Session) => void, message: HTMLElement): HTMLElement[] {
  const nameInput = el('input', { type: 'text', name: 'displayName', autocomplete: 'name', required: true, maxlength: 64 });
  const idInput = el('input', { type: 'text', name: 'userId', autocomplete: 'username', required: true, maxlength: 64, spellcheck: 'false' });
  let idEdited = false;
  nameInput.addEventListener('input', () => {
    if (!idEdited) {
      idInput.value = nameInput.value.trim() ? userIdForName(nameInput.value) : '';
    }
  });
  idInput.addEventListener('input', () => {
    idEdited = idInput.value !== '';
  });

  const signIn = async (userId: string, displayName: string) => {
    message.textContent = '';
    try {
      const accessToken = await requestDevToken(userId, displayName);
      onSignedIn({ userId, displayName, accessToken });
    } catch (error) {
      message.textContent = `登录失败：${(error as Error).message}`;
    }
  };

  const presets = el('div', { class: 'presets', role: 'group', 'aria-label': '选择老师' },
    ...presetTeachers.map((teacher) =>
      el('button', { type: 'button', onClick: () => void signIn(teacher.userId, teacher.displayName) },
        `以${teacher.displayName}登录`),
    ),
  );

  const form = el('form', { class: 'stack', 'aria-label': '输入姓名登录' },
    field('姓名', nameInput),
    field('用户 ID（共享文档时使用）', idInput),
    el('button', { type: 'submit' }, '登录'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const displayName = nameInput.value.trim();
    const userId = idInput.value.trim() || userIdForName(displayName);
    if (displayName) {
      void signIn(userId, displayName);
    }
  });

  return [
    el('h1', { id: 'sign-in-title' }, '登录（开发模式）'),
    el('p', { class: 'hint' }, '开发环境的登录：选择一位老师，或输入姓名。'),
    presets,
    form,
  ];
}
