// Asking before a destructive action: one <dialog> per page with #confirm-action; "No" has the focus first.
import { setText } from './i18n.js';

/** Resolves true when the person confirms, false when they go back (button, Escape). */
export function confirmAction({ titleKey, textKey, confirmKey, params }) {
  const dialog = document.getElementById('confirm-dialog');
  const confirm = document.getElementById('confirm-action');
  const cancel = document.getElementById('confirm-cancel');
  setText(document.getElementById('confirm-title'), titleKey, params);
  setText(document.getElementById('confirm-text'), textKey, params);
  setText(confirm, confirmKey, params);
  const opener = document.activeElement;
  return new Promise((resolve) => {
    const onConfirm = () => dialog.close('confirm');
    const onCancel = () => dialog.close('cancel');
    confirm.addEventListener('click', onConfirm);
    cancel.addEventListener('click', onCancel);
    dialog.addEventListener('close', () => {
      confirm.removeEventListener('click', onConfirm);
      cancel.removeEventListener('click', onCancel);
      if (opener && typeof opener.focus === 'function' && document.contains(opener)) opener.focus();
      resolve(dialog.returnValue === 'confirm');
    }, { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    cancel.focus();
  });
}
