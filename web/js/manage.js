// Managing a registration with the secret from the page's fragment (sent only as "Authorization: Bearer …"):
// the details, the badge, days and details changes, seats at the sessions, download, cancel and erase.
import { startPage, node } from './page.js';
import { call, problemSlug, secretFromFragment, attachmentName } from './api.js';
import {
  t, setText, setRaw, pick, onLanguageChange, formatDay, formatDayList, formatMoment, countryName, putPersonal, expoDayOf,
} from './i18n.js';
import {
  clearMessage, fillForm, focusField, genericProblemMessage, guardClick, guardSubmit,
  liveFieldCare, readForm, readyToSend, setFieldError, showFieldProblems, showLoadProblem, showMessage,
} from './forms.js';
import { dayChoice, showDayProblem } from './attendee-form.js';
import { showBadge, hideBadge } from './badge.js';
import { confirmAction } from './dialog.js';
import { showCategory } from './expo.js';
import { renderProgramme, loadProgramme, showSeats } from './programme.js';

startPage();

const secret = secretFromFragment('rs_');
const loading = document.getElementById('manage-loading');
const missing = document.getElementById('manage-missing');
const content = document.getElementById('manage-content');
const daysForm = document.getElementById('change-days');
const detailsForm = document.getElementById('change-details');
const daysBox = document.getElementById('days');
const daysNote = document.getElementById('days-note');
const sessionsBox = document.getElementById('sessions');
const sessionsStatus = document.getElementById('sessions-status');
const sessionsError = document.getElementById('sessions-error');

let registration = null;
let category = null;
let badgeToken = null;
let sessions = null;

const ACTIVE = ['PENDING', 'CONFIRMED'];

// ---- seats this browser reserved (the API tells no one which seats a badge holds, so the page remembers) --------

function seatMemoryKey() {
  return `expo.seats.${registration.id}`;
}

function rememberedSeats() {
  try {
    return new Set(JSON.parse(localStorage.getItem(seatMemoryKey()) || '[]'));
  } catch {
    return new Set();
  }
}

function rememberSeat(sessionId, held) {
  const seats = rememberedSeats();
  if (held) seats.add(sessionId);
  else seats.delete(sessionId);
  try {
    localStorage.setItem(seatMemoryKey(), JSON.stringify([...seats]));
  } catch {
    // without storage the page simply does not remember
  }
}

function forgetSeats() {
  try {
    localStorage.removeItem(seatMemoryKey());
  } catch {
    // nothing stored
  }
}

// ---- the registration ------------------------------------------------------------------------------------------

/** Chinese names read family name then given name without a space; others given name first. */
function fullName(family, given) {
  if (/\p{Script=Han}/u.test(`${family}${given}`)) return `${family || ''}${given || ''}`;
  return [given, family].filter(Boolean).join(' ');
}

function renderRegistration() {
  const r = registration;
  setRaw(document.getElementById('registration-status'), r.status);
  document.getElementById('registration-status').dataset.status = r.status;
  setText(document.getElementById('registration-status-text'), `status.${r.status}`);
  putPersonal(document.getElementById('reg-name'), fullName(r.familyName, r.givenName));
  putPersonal(document.getElementById('reg-latinName'), r.latinName || '—');
  setRaw(document.getElementById('reg-code'), r.confirmationCode);
  showCategory(document.getElementById('reg-category'), pick(r, 'categoryName'), r.category);
  setRaw(document.getElementById('reg-days'), formatDayList(r.days) || '—');
  setRaw(document.getElementById('reg-email'), r.email || '—');
  setRaw(document.getElementById('reg-phone'), r.phone || '—');
  putPersonal(document.getElementById('reg-organization'), r.organization || '—');
  putPersonal(document.getElementById('reg-jobTitle'), r.jobTitle || '—');
  setRaw(document.getElementById('reg-country'), countryName(r.country) || '—');
  setRaw(document.getElementById('reg-interests'), (r.interests || []).map((theme) => t(`theme.${theme}`)).join(t('common.listSeparator')) || '—');
  setText(document.getElementById('reg-sharing'), r.shareContactWithExhibitors ? 'common.yes' : 'common.no');
  setRaw(document.getElementById('reg-privacy'), r.privacyPolicyAcceptedAt ? formatMoment(r.privacyPolicyAcceptedAt) : '—');
  const decision = document.getElementById('reg-decision');
  decision.hidden = !r.decisionReason;
  if (r.decisionReason) {
    const label = node('span');
    setText(label, 'manage.decisionReason');
    const reason = node('span');
    putPersonal(reason, r.decisionReason);
    decision.replaceChildren(label, ' ', reason);
  }
  const active = ACTIVE.includes(r.status);
  for (const section of document.querySelectorAll('.active-only')) section.hidden = !active;
}

/** The details as the API keeps them, for a change of days that leaves them as they are. */
function currentDetails() {
  const r = registration;
  const details = {
    familyName: r.familyName,
    givenName: r.givenName,
    email: r.email,
    country: r.country,
    interests: r.interests || [],
    shareContactWithExhibitors: Boolean(r.shareContactWithExhibitors),
  };
  for (const field of ['latinName', 'phone', 'organization', 'jobTitle']) {
    if (r[field]) details[field] = r[field];
  }
  return details;
}

// ---- days ------------------------------------------------------------------------------------------------------

function renderDays() {
  const submit = daysForm.querySelector('button[type="submit"]');
  if (!category) {
    setText(daysNote, 'manage.daysUnknown');
    daysBox.replaceChildren();
    submit.hidden = true;
    return;
  }
  if (category.allDays) {
    setText(daysNote, 'manage.daysAllPass');
    daysBox.replaceChildren();
    submit.hidden = true;
    return;
  }
  submit.hidden = false;
  setText(daysNote, 'manage.daysHint');
  const held = new Set(registration.days || []);
  const fragment = document.createDocumentFragment();
  for (const day of [...(category.days || [])].sort((a, b) => a.day.localeCompare(b.day))) {
    const { choice, info } = dayChoice(day.day, held.has(day.day));
    if (held.has(day.day)) setText(info, 'manage.dayYours');
    else if (day.remaining > 0) setText(info, 'reg.placesLeft', { n: day.remaining });
    else {
      info.classList.add('full');
      setText(info, 'reg.dayFull');
    }
    fragment.append(choice);
  }
  daysBox.replaceChildren(fragment);
}

async function loadCategory() {
  const answer = await call(`/api/categories/${encodeURIComponent(registration.category)}`, { fresh: true });
  category = answer.ok ? answer.data : null;
  renderDays();
}

function handleChangeProblem(form, problem) {
  const slug = problemSlug(problem);
  if (showFieldProblems(form, problem) || showDayProblem(form, problem)) return;
  const dayParams = { day: problem.day ? formatDay(problem.day) : '' };
  switch (slug) {
    case 'day-full':
      setFieldError(form, 'days', { key: 'reg.dayFullField', params: dayParams });
      showMessage(form, { key: 'manage.dayFullMessage', params: dayParams });
      loadCategory();
      return;
    case 'already-registered':
      setFieldError(form, 'email', { key: 'manage.emailTaken' });
      showMessage(form, { key: 'manage.emailTaken' });
      focusField(form, 'email');
      return;
    case 'registration-state-conflict':
      showMessage(form, { key: 'manage.notActive' });
      reload();
      return;
    case 'registration-not-found':
      showMissing();
      return;
    default:
      showMessage(form, genericProblemMessage(problem));
  }
}

guardSubmit(daysForm, async () => {
  if (!readyToSend(daysForm, () => ({ key: 'err.daysRequired' }))) return;
  const { days } = readForm(daysForm);
  const answer = await call('/api/registrations/me', { method: 'PUT', bearer: secret, body: { ...currentDetails(), days } });
  if (!answer.ok) {
    handleChangeProblem(daysForm, answer.problem);
    return;
  }
  registration = answer.data;
  renderRegistration();
  await loadCategory();
  showMessage(daysForm, { key: 'manage.daysSaved' }, 'success');
  if (registration.status === 'CONFIRMED') {
    // the badge names the days, so it is drawn anew
    showBadge(secret, registration.confirmationCode);
    loadBadgeToken();
  }
});

guardSubmit(detailsForm, async () => {
  if (!readyToSend(detailsForm)) return;
  const answer = await call('/api/registrations/me', { method: 'PUT', bearer: secret, body: readForm(detailsForm) });
  if (!answer.ok) {
    handleChangeProblem(detailsForm, answer.problem);
    return;
  }
  registration = answer.data;
  renderRegistration();
  fillForm(detailsForm, registration);
  showMessage(detailsForm, { key: 'manage.detailsSaved' }, 'success');
  if (registration.status === 'CONFIRMED') showBadge(secret, registration.confirmationCode);
});

// ---- badge and seats -------------------------------------------------------------------------------------------

async function loadBadgeToken() {
  const answer = await call('/api/registrations/me/badge', { bearer: secret });
  badgeToken = answer.ok && answer.data ? answer.data.token : null;
  renderSessions();
}

function seatStatus(item, key, params, kind) {
  const status = item.querySelector('.seat-status');
  status.classList.toggle('error', kind === 'error');
  setText(status, key, params);
}

function decorateSession(session, item) {
  const actions = node('div', 'seat-actions');
  const titleId = `session-${session.id}-title`;
  const status = node('span', 'status-line seat-status');
  status.setAttribute('role', 'status');
  const mine = rememberedSeats().has(session.id);
  const onMyDay = (registration.days || []).includes(expoDayOf(session.startsAt));
  if (mine) setText(status, 'manage.seatHeld');
  else if (!onMyDay) setText(status, 'manage.notYourDay');
  if (badgeToken) {
    const reserve = node('button', 'button small reserve-seat');
    reserve.type = 'button';
    reserve.dataset.session = String(session.id);
    reserve.setAttribute('aria-describedby', titleId);
    setText(reserve, 'manage.reserve');
    const cancel = node('button', 'button small secondary cancel-seat');
    cancel.type = 'button';
    cancel.dataset.session = String(session.id);
    cancel.setAttribute('aria-describedby', titleId);
    setText(cancel, 'manage.cancelSeat');
    guardClick(reserve, () => reserveSeat(session, item));
    guardClick(cancel, () => cancelSeat(session, item));
    actions.append(reserve, cancel);
  }
  actions.append(status);
  item.append(actions);
}

function seatProblem(item, problem) {
  const slug = problemSlug(problem);
  const keys = {
    'session-full': 'manage.sessionFull',
    'badge-not-valid-for-day': 'manage.notYourDayError',
    'badge-invalid': 'manage.badgeInvalid',
    'session-not-found': 'manage.sessionGone',
  };
  if (keys[slug]) seatStatus(item, keys[slug], null, 'error');
  else {
    const message = genericProblemMessage(problem);
    if (message.key) seatStatus(item, message.key, message.params, 'error');
    else setRaw(item.querySelector('.seat-status'), message.text);
  }
  if (slug === 'badge-invalid') loadBadgeToken();
}

async function reserveSeat(session, item) {
  const answer = await call(`/api/sessions/${encodeURIComponent(session.id)}/reservations`, { method: 'POST', badge: badgeToken });
  if (!answer.ok) {
    seatProblem(item, answer.problem);
    return;
  }
  session.seatsLeft = answer.data.seatsLeft;
  session.seatsTaken = session.seatCapacity - session.seatsLeft;
  showSeats(item.querySelector('.seats'), session);
  rememberSeat(session.id, true);
  seatStatus(item, answer.status === 201 ? 'manage.seatReserved' : 'manage.seatAlready');
}

async function cancelSeat(session, item) {
  const answer = await call(`/api/sessions/${encodeURIComponent(session.id)}/reservations`, { method: 'DELETE', badge: badgeToken });
  if (!answer.ok) {
    seatProblem(item, answer.problem);
    return;
  }
  rememberSeat(session.id, false);
  const fresh = await call(`/api/sessions/${encodeURIComponent(session.id)}`, { fresh: true });
  if (fresh.ok && fresh.data) {
    Object.assign(session, fresh.data);
    showSeats(item.querySelector('.seats'), session);
  }
  seatStatus(item, 'manage.seatCancelled');
}

function renderSessions() {
  if (!sessions || !registration) return;
  if (!badgeToken) {
    setText(sessionsStatus, registration.status === 'PENDING' ? 'manage.seatsAfterApproval' : 'manage.seatsNeedBadge');
  }
  const mine = document.getElementById('sessions-mine').checked;
  const days = new Set(registration.days || []);
  const shown = mine ? sessions.filter((session) => days.has(expoDayOf(session.startsAt))) : sessions;
  renderProgramme(sessionsBox, shown, null, { decorate: decorateSession, headingLevel: 3 });
  if (badgeToken) setText(sessionsStatus, shown.length ? 'programme.count' : 'programme.none', { count: shown.length });
}

document.getElementById('sessions-mine').addEventListener('change', renderSessions);

async function loadSessions() {
  const result = await loadProgramme(call);
  if (!result.ok) {
    showLoadProblem(sessionsError, 'venue.programmeDown', result.problem);
    return;
  }
  sessionsError.replaceChildren();
  sessions = result.sessions;
  renderSessions();
}

// ---- download, cancel, erase -----------------------------------------------------------------------------------

const dataSection = document.getElementById('data-section');

guardClick(document.getElementById('download-data'), async () => {
  clearMessage();
  const answer = await call('/api/registrations/me/export', { bearer: secret, as: 'blob', accept: 'application/json' });
  if (!answer.ok || !(answer.data instanceof Blob)) {
    showMessage(dataSection, genericProblemMessage(answer.problem || {}));
    return;
  }
  const url = URL.createObjectURL(answer.data);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachmentName(answer.headers, `my-registration-${registration.confirmationCode}.json`);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  showMessage(dataSection, { key: 'manage.downloaded' }, 'success');
});

guardClick(document.getElementById('cancel-registration'), async () => {
  clearMessage();
  const sure = await confirmAction({
    titleKey: 'manage.cancelConfirmTitle', textKey: 'manage.cancelConfirmText', confirmKey: 'manage.cancelConfirm',
  });
  if (!sure) return;
  const answer = await call('/api/registrations/me/cancellation', { method: 'POST', bearer: secret });
  if (!answer.ok) {
    showMessage(dataSection, problemSlug(answer.problem) === 'registration-state-conflict' ? { key: 'manage.notActive' } : genericProblemMessage(answer.problem));
    return;
  }
  registration = answer.data;
  renderRegistration();
  badgeToken = null;
  forgetSeats();
  hideBadge('manage.badgeCancelled');
  showMessage(dataSection, { key: 'manage.cancelled' }, 'success');
  document.getElementById('registration-title').scrollIntoView({ block: 'start' });
  document.getElementById('form-message').tabIndex = -1;
  document.getElementById('form-message').focus();
});

guardClick(document.getElementById('erase-registration'), async () => {
  clearMessage();
  const sure = await confirmAction({
    titleKey: 'manage.eraseConfirmTitle', textKey: 'manage.eraseConfirmText', confirmKey: 'manage.eraseConfirm',
  });
  if (!sure) return;
  const answer = await call('/api/registrations/me', { method: 'DELETE', bearer: secret });
  if (!answer.ok) {
    showMessage(dataSection, genericProblemMessage(answer.problem));
    return;
  }
  forgetSeats();
  hideBadge();
  content.hidden = true;
  // the secret no longer opens anything; it leaves the address bar and the history entry
  history.replaceState(null, '', location.pathname);
  const message = document.getElementById('form-message');
  showMessage(content.parentElement, { key: 'manage.erased' }, 'success');
  message.tabIndex = -1;
  message.focus();
});

// ---- loading ---------------------------------------------------------------------------------------------------

function showMissing() {
  loading.hidden = true;
  content.hidden = true;
  missing.hidden = false;
}

async function reload() {
  const answer = await call('/api/registrations/me', { bearer: secret });
  loading.hidden = true;
  if (!answer.ok) {
    if (answer.status === 404 || answer.status === 401) showMissing();
    else showLoadProblem(document.getElementById('form-message'), 'manage.loadDown', answer.problem);
    return false;
  }
  registration = answer.data;
  content.hidden = false;
  renderRegistration();
  fillForm(detailsForm, registration);
  return true;
}

liveFieldCare(daysForm);
liveFieldCare(detailsForm);
onLanguageChange(() => {
  if (!registration) return;
  renderRegistration();
  renderDays();
  renderSessions();
});

if (!secret) {
  showMissing();
} else if (await reload()) {
  const active = ACTIVE.includes(registration.status);
  const tasks = [loadCategory()];
  if (registration.status === 'CONFIRMED') tasks.push(showBadge(secret, registration.confirmationCode), loadBadgeToken());
  else hideBadge(`manage.badge${registration.status}`);
  if (active) tasks.push(loadSessions());
  await Promise.all(tasks);
}
