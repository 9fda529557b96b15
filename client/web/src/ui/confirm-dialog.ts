import { el } from './dom';

/**
 * A modal confirmation (a native <dialog>: focus is trapped, Esc cancels). Resolves true when the user
 * confirms, false on cancel or Esc.
 */
export function confirmDialog(options: { title: string; body: string; confirm: string; cancel?: string }): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
    const confirmButton = el('button', { type: 'button', class: 'primary' }, options.confirm);
    const cancelButton = el('button', { type: 'button' }, options.cancel ?? '取消');
    const dialog = el('dialog', { class: 'dialog', 'aria-labelledby': titleId },
      el('h2', { id: titleId }, options.title),
      el('p', {}, options.body),
      el('div', { class: 'dialog-actions' }, cancelButton, confirmButton),
    );
    let answer = false;
    confirmButton.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    cancelButton.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancelButton.focus();
  });
}
