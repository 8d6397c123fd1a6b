// The confirmation of a registration, on the register page and after accepting a waiting-list offer.
import { setText, setRaw } from './i18n.js';
import { showBadge } from './badge.js';

/** The absolute address of a page with a secret in its fragment, which is what the person saves. */
export function secretLink(page, secret) {
  return new URL(`/${page}#${secret}`, location.origin).href;
}

/** Shows a RegistrationCreated answer: the code, the badge, the private manage link. */
export async function showConfirmation(created, categoryName) {
  const section = document.getElementById('confirmation');
  const pending = created.status === 'PENDING';
  setText(document.getElementById('confirmation-title'), pending ? 'conf.titlePending' : 'conf.title');
  setText(document.getElementById('confirmation-status'), pending ? 'conf.statusPending' : 'conf.statusConfirmed',
    { category: categoryName || created.category });
  setRaw(document.getElementById('confirmation-code'), created.confirmationCode);
  const link = document.getElementById('manage-link');
  const address = secretLink('manage.html', created.secret);
  link.href = `/manage.html#${created.secret}`;
  setRaw(link, address);
  section.hidden = false;
  section.focus();
  section.scrollIntoView({ block: 'start' });
  await showBadge(created.secret, created.confirmationCode);
}
