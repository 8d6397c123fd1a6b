// A place on the waiting list, opened with its secret from the page's fragment: the position, an offer to accept
// before it expires (which registers with the details given when joining), or leaving the line.
import { startPage } from './page.js';
import { call, problemSlug, secretFromFragment } from './api.js';
import {
  setText, setRaw, pick, onLanguageChange, formatDayList, formatMoment,
} from './i18n.js';
import {
  genericProblemMessage, guardClick, showLoadProblem, showMessage,
} from './forms.js';
import { confirmAction } from './dialog.js';
import { showCategory } from './expo.js';
import { showConfirmation } from './confirmation.js';

startPage();

const secret = secretFromFragment('wl_');
const loading = document.getElementById('wl-loading');
const missing = document.getElementById('wl-missing');
const entrySection = document.getElementById('waitlist-entry');
const offerBox = document.getElementById('offer');
const leaveBlock = document.getElementById('wl-leave-block');

let entry = null;
let category = null;

function showMissing() {
  loading.hidden = true;
  entrySection.hidden = true;
  missing.hidden = false;
}

function categoryName() {
  return category ? pick(category, 'name') : { text: entry ? entry.category : '', lang: null };
}

function render() {
  if (!entry) return;
  const status = document.getElementById('waitlist-status');
  setRaw(status, entry.status);
  status.dataset.status = entry.status;
  setText(document.getElementById('waitlist-status-text'), `wlstatus.${entry.status}`);
  const name = categoryName();
  showCategory(document.getElementById('wl-category'), name, entry.category);
  setRaw(document.getElementById('wl-days'), formatDayList(entry.days) || '—');
  const position = document.getElementById('waitlist-position');
  if (entry.status === 'WAITING' && entry.position != null) setText(position, 'wl.positionValue', { position: entry.position });
  else if (entry.status === 'OFFERED') setText(position, 'wl.positionOffered');
  else setRaw(position, '—');
  const open = entry.status === 'OFFERED' && entry.offer;
  offerBox.hidden = !open;
  if (open) setText(document.getElementById('offer-text'), 'wl.offerText', { until: formatMoment(entry.offer.expiresAt), category: name.text });
  leaveBlock.hidden = !['WAITING', 'OFFERED'].includes(entry.status);
}

async function load() {
  const answer = await call('/api/waitlist/me', { bearer: secret });
  loading.hidden = true;
  if (!answer.ok) {
    if (answer.status === 404 || answer.status === 401) showMissing();
    else showLoadProblem(document.getElementById('form-message'), 'wl.loadDown', answer.problem);
    return false;
  }
  entry = answer.data;
  if (!category || category.code !== entry.category) {
    const found = await call(`/api/categories/${encodeURIComponent(entry.category)}`);
    category = found.ok ? found.data : null;
  }
  entrySection.hidden = false;
  render();
  return true;
}

/** The acceptance address the API gives with the offer, or the documented one built from the token. */
function acceptancePath(offer) {
  const given = typeof offer.acceptance === 'string' ? offer.acceptance : '';
  if (/^\/api\/waitlist\/offers\/[^/?#]+\/acceptance$/.test(given)) return given;
  return `/api/waitlist/offers/${encodeURIComponent(offer.token)}/acceptance`;
}

guardClick(document.getElementById('accept-offer'), async () => {
  if (!entry || !entry.offer) return;
  const answer = await call(acceptancePath(entry.offer), { method: 'POST' });
  if (answer.ok) {
    offerBox.hidden = true;
    leaveBlock.hidden = true;
    await showConfirmation(answer.data, categoryName().text);
    load();
    return;
  }
  const slug = problemSlug(answer.problem);
  if (slug === 'offer-no-longer-valid' || slug === 'offer-not-found') showMessage(entrySection, { key: 'wl.offerGone' });
  else if (slug === 'already-registered') showMessage(entrySection, { key: 'reg.alreadyRegistered' });
  else showMessage(entrySection, genericProblemMessage(answer.problem));
  load();
});

guardClick(document.getElementById('leave-waitlist'), async () => {
  const sure = await confirmAction({ titleKey: 'wl.leaveConfirmTitle', textKey: 'wl.leaveConfirmText', confirmKey: 'wl.leaveConfirm' });
  if (!sure) return;
  const answer = await call('/api/waitlist/me', { method: 'DELETE', bearer: secret });
  if (!answer.ok) {
    showMessage(entrySection, genericProblemMessage(answer.problem));
    return;
  }
  await load();
  showMessage(entrySection, { key: 'wl.left' }, 'success');
});

onLanguageChange(render);

if (!secret) showMissing();
else if (await load()) {
  // the line moves while the page is open: look again every minute while someone waits
  setInterval(() => {
    if (document.visibilityState === 'visible' && entry && entry.status === 'WAITING') load();
  }, 60000);
}
