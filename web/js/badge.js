// The attendee's badge picture: fetched with the secret (never put in an address), shown from a blob URL, with a
// link to save it and a button to print only the badge.
import { call, problemSlug } from './api.js';
import { setText, setRaw } from './i18n.js';

let currentUrl = null;

function printBadge(figure) {
  document.body.classList.add('printing-badge');
  figure.classList.add('print-target');
  const done = () => {
    document.body.classList.remove('printing-badge');
    figure.classList.remove('print-target');
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

/** Loads and shows the badge of the registration with this secret; explains when there is none (yet). */
export async function showBadge(secret, confirmationCode) {
  const figure = document.getElementById('badge-figure');
  const img = document.getElementById('badge-picture');
  const message = document.getElementById('badge-message');
  const actions = document.getElementById('badge-actions');
  const save = document.getElementById('badge-save');
  const print = document.getElementById('badge-print');
  setText(message, 'conf.badgeLoading');
  message.hidden = false;
  const answer = await call('/api/registrations/me/badge.png', { bearer: secret, as: 'blob', accept: 'image/png' });
  if (!answer.ok || !(answer.data instanceof Blob)) {
    figure.hidden = true;
    actions.hidden = true;
    const slug = problemSlug(answer.problem);
    setText(message, slug === 'badge-not-issued' ? 'conf.badgeNotIssued' : 'conf.badgeDown');
    return false;
  }
  if (currentUrl) URL.revokeObjectURL(currentUrl);
  currentUrl = URL.createObjectURL(answer.data);
  img.addEventListener('load', () => {
    img.width = img.naturalWidth;
    img.height = img.naturalHeight;
  }, { once: true });
  img.src = currentUrl;
  save.href = currentUrl;
  save.download = `badge-${(confirmationCode || 'expo').replace(/[^A-Za-z0-9-]/g, '')}.png`;
  if (!print.dataset.wired) {
    print.dataset.wired = 'true';
    print.addEventListener('click', () => printBadge(figure));
  }
  figure.hidden = false;
  actions.hidden = false;
  setRaw(message, '');
  message.hidden = true;
  return true;
}

/** Hides the badge (after a cancellation or erasure) and frees its picture. */
export function hideBadge(messageKey) {
  document.getElementById('badge-figure').hidden = true;
  document.getElementById('badge-actions').hidden = true;
  const message = document.getElementById('badge-message');
  if (messageKey) {
    setText(message, messageKey);
    message.hidden = false;
  }
  if (currentUrl) URL.revokeObjectURL(currentUrl);
  currentUrl = null;
}
