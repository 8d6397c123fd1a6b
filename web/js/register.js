// Registration: the passes with the places left (kept current), the days, the person's details and consents.
// A full pass or day offers the waiting list with the same details; success shows the confirmation on this page.
import { startPage, node } from './page.js';
import { call, problemSlug } from './api.js';
import {
  setText, setRaw, pick, setLangAttribute, onLanguageChange, formatDay, formatDayList,
} from './i18n.js';
import {
  clearMessage, focusField, genericProblemMessage, guardClick, guardSubmit, idempotencyKeeper, liveFieldCare,
  readForm, readyToSend, setFieldError, showFieldProblems, showLoadProblem, showMessage,
} from './forms.js';
import { showConfirmation, secretLink } from './confirmation.js';
import { dayChoice, showDayProblem } from './attendee-form.js';

startPage();

const form = document.getElementById('registration');
const categoriesBox = document.getElementById('categories');
const categoriesStatus = document.getElementById('categories-status');
const categoriesError = document.getElementById('categories-error');
const daysBox = document.getElementById('days');
const daysNote = document.getElementById('days-note');
const invitationField = document.getElementById('invitation-field');
const invitationInput = document.getElementById('invitationCode');
const offer = document.getElementById('waitlist-offer');
const joined = document.getElementById('waitlist-joined');

const keeper = idempotencyKeeper();
let categories = new Map(); // code → category, in the API's order
let waitlistBody = null; // the details the person sent when the pass or day was full

function selectedCategory() {
  const checked = form.querySelector('input[name="category"]:checked');
  return checked ? categories.get(checked.value) : null;
}

function categoryName(code) {
  const category = categories.get(code);
  return category ? pick(category, 'name').text : code;
}

// ---- the passes ------------------------------------------------------------------------------------------------

/** The places-left line of a pass: bound texts, so both a refresh and a language switch rewrite it. */
function fillCategoryInfo(info, category) {
  const places = node('span');
  if (category.remaining > 0) setText(places, 'reg.placesLeft', { n: category.remaining });
  else {
    places.className = 'full';
    setText(places, category.invitationOnly ? 'reg.fullNoWaitlist' : 'reg.fullWaitlist');
  }
  const children = [places];
  const flags = [];
  if (category.allDays) flags.push('reg.allDays');
  if (category.approvalRequired) flags.push('reg.approval');
  if (category.invitationOnly) flags.push('reg.invitationOnly');
  for (const key of flags) {
    const span = node('span');
    setText(span, key);
    children.push(' · ', span);
  }
  if (category.description) {
    // the organizers write the descriptions in English
    const description = node('span', 'category-description');
    setRaw(description, category.description);
    setLangAttribute(description, 'en');
    children.push(document.createElement('br'), description);
  }
  info.replaceChildren(...children);
}

function renderCategories() {
  const chosen = selectedCategory()?.code || new URLSearchParams(location.search).get('category');
  const existing = [...categoriesBox.querySelectorAll('input[name="category"]')].map((input) => input.value);
  const codes = [...categories.keys()];
  if (existing.join() === codes.join()) {
    // same passes: only their names and places change, so focus and choice stay where they are
    for (const category of categories.values()) {
      const title = document.getElementById(`category-${category.code}-title`);
      const name = pick(category, 'name');
      setRaw(title, name.text);
      setLangAttribute(title, name.lang);
      fillCategoryInfo(document.getElementById(`category-${category.code}-info`), category);
    }
    return;
  }
  const fragment = document.createDocumentFragment();
  for (const category of categories.values()) {
    const choice = node('div', 'choice');
    const input = node('input');
    input.type = 'radio';
    input.name = 'category';
    input.value = category.code;
    input.id = `category-${category.code}`;
    input.required = true;
    input.checked = category.code === chosen;
    const label = node('label');
    label.htmlFor = input.id;
    const title = node('span', 'choice-title');
    title.id = `category-${category.code}-title`;
    const name = pick(category, 'name');
    setRaw(title, name.text);
    setLangAttribute(title, name.lang);
    const info = node('span', 'choice-info');
    info.id = `category-${category.code}-info`;
    fillCategoryInfo(info, category);
    label.append(title, info);
    choice.append(input, label);
    fragment.append(choice);
  }
  categoriesBox.replaceChildren(fragment);
}

// ---- the days of the chosen pass -------------------------------------------------------------------------------

function dayInfo(info, day) {
  info.classList.toggle('full', day.remaining <= 0);
  if (day.remaining > 0) setText(info, 'reg.placesLeft', { n: day.remaining });
  else setText(info, 'reg.dayFull');
}

function renderDays() {
  const category = selectedCategory();
  const chosen = new Set([...form.querySelectorAll('input[name="days"]:checked')].map((input) => input.value));
  const present = [...daysBox.querySelectorAll('input[name="days"]')].map((input) => input.value);
  if (!category) {
    setText(daysNote, 'reg.daysChooseCategory');
    daysBox.replaceChildren();
    return;
  }
  const days = (Array.isArray(category.days) ? [...category.days] : []).sort((a, b) => a.day.localeCompare(b.day));
  if (category.allDays) {
    setText(daysNote, 'reg.daysAll', { days: formatDayList(days.map((day) => day.day), 'short') });
    daysBox.replaceChildren();
    return;
  }
  setText(daysNote, days.length === 1 ? 'reg.daysOne' : 'reg.daysChoose');
  if (present.join() === days.map((day) => day.day).join()) {
    for (const day of days) {
      document.getElementById(`day-${day.day}-title`).textContent = formatDay(day.day);
      dayInfo(document.getElementById(`day-${day.day}-info`), day);
    }
    return;
  }
  const fragment = document.createDocumentFragment();
  for (const day of days) {
    const { choice, info } = dayChoice(day.day, chosen.has(day.day) || days.length === 1);
    dayInfo(info, day);
    fragment.append(choice);
  }
  daysBox.replaceChildren(fragment);
}

/** The invitation code is asked for, and sent, only for a pass by invitation. */
function renderInvitation() {
  const category = selectedCategory();
  const needed = Boolean(category && category.invitationOnly);
  invitationField.hidden = !needed;
  invitationInput.disabled = !needed;
  invitationInput.required = needed;
}

function renderChoice() {
  renderDays();
  renderInvitation();
}

async function loadCategories(fresh) {
  const answer = await call('/api/categories', { fresh });
  if (!answer.ok || !Array.isArray(answer.data)) {
    setRaw(categoriesStatus, '');
    if (!categories.size) showLoadProblem(categoriesError, 'reg.categoriesDown', answer.problem);
    return;
  }
  categoriesError.replaceChildren();
  // open passes first, then those the organizers review, then those by invitation; the largest first within each
  const ordered = [...answer.data].sort((a, b) => Number(a.invitationOnly) - Number(b.invitationOnly)
    || Number(a.approvalRequired) - Number(b.approvalRequired) || b.capacity - a.capacity);
  categories = new Map(ordered.map((category) => [category.code, category]));
  if (categories.size) setText(categoriesStatus, 'reg.categoriesLive');
  else setText(categoriesStatus, 'reg.noCategories');
  renderCategories();
  renderChoice();
}

// ---- the waiting list ------------------------------------------------------------------------------------------

function offerWaitlist(body) {
  const category = categories.get(body.category);
  if (category && category.invitationOnly) return;
  waitlistBody = body;
  offer.hidden = false;
  offer.focus();
  offer.scrollIntoView({ block: 'nearest' });
}

function withdrawOffer() {
  waitlistBody = null;
  offer.hidden = true;
}

guardClick(document.getElementById('join-waitlist'), async () => {
  if (!waitlistBody) return;
  clearMessage();
  const answer = await call('/api/waitlist', { method: 'POST', body: waitlistBody });
  if (answer.ok) {
    const entry = answer.data;
    form.hidden = true;
    offer.hidden = true;
    const position = document.getElementById('waitlist-position');
    if (entry.status === 'OFFERED') setText(position, 'reg.waitlistOfferedAtOnce');
    else setText(position, 'reg.waitlistPosition', { position: entry.position, category: categoryName(entry.category) });
    const link = document.getElementById('waitlist-link');
    link.href = `/waitlist.html#${entry.secret}`;
    setRaw(link, secretLink('waitlist.html', entry.secret));
    joined.hidden = false;
    joined.focus();
    return;
  }
  const slug = problemSlug(answer.problem);
  if (slug === 'already-waiting') showMessage(offer, { key: 'reg.alreadyWaiting' });
  else if (slug === 'already-registered') showMessage(offer, { key: 'reg.alreadyRegistered' });
  else if (slug === 'waitlist-not-offered') showMessage(offer, { key: 'reg.noWaitlist' });
  else if (answer.status === 400 || slug === 'unknown-category' || slug === 'unknown-day') {
    // the details no longer pass: back to the form, with the reasons at the fields
    withdrawOffer();
    handleProblem(answer.problem, waitlistBody || readForm(form));
  } else showMessage(offer, genericProblemMessage(answer.problem));
});

document.getElementById('change-choice').addEventListener('click', () => {
  withdrawOffer();
  clearMessage();
  focusField(form, 'category');
});

// ---- submitting ------------------------------------------------------------------------------------------------

const FIELD_PROBLEMS = {
  'unknown-category': ['category', 'reg.unknownCategory'],
  'invitation-invalid': ['invitationCode', 'reg.invitationInvalid'],
  'invitation-exhausted': ['invitationCode', 'reg.invitationExhausted'],
};

function handleProblem(problem, body) {
  const slug = problemSlug(problem);
  if (showFieldProblems(form, problem) || showDayProblem(form, problem)) return;
  if (FIELD_PROBLEMS[slug]) {
    const [field, key] = FIELD_PROBLEMS[slug];
    const params = { day: problem.day ? formatDay(problem.day) : '' };
    setFieldError(form, field, { key, params });
    showMessage(form, { key, params });
    focusField(form, field);
    if (slug === 'unknown-category') loadCategories(true);
    return;
  }
  switch (slug) {
    case 'category-full':
      showMessage(form, { key: 'reg.categoryFull', params: { category: categoryName(body.category) } });
      loadCategories(true);
      offerWaitlist(body);
      return;
    case 'day-full':
      setFieldError(form, 'days', { key: 'reg.dayFullField', params: { day: formatDay(problem.day || '') } });
      showMessage(form, { key: 'reg.dayFullMessage', params: { day: formatDay(problem.day || '') } });
      loadCategories(true);
      offerWaitlist(body);
      return;
    case 'already-registered':
      setFieldError(form, 'email', { key: 'reg.alreadyRegisteredField' });
      showMessage(form, { key: 'reg.alreadyRegistered' });
      focusField(form, 'email');
      return;
    case 'sale-closed':
      showMessage(form, { key: 'reg.saleClosed' });
      loadCategories(true);
      return;
    case 'idempotency-key-reused':
    case 'idempotency-key-invalid':
      keeper.renew();
      showMessage(form, { key: 'err.keyReused' });
      return;
    case 'idempotency-key-in-flight':
      showMessage(form, { key: 'err.inFlight' });
      return;
    default:
      if (slug === 'network' || slug.startsWith('gateway/') || problem.status >= 500) {
        // the same key goes with the retry, so a registration that did go through is not made twice
        showMessage(form, { key: slug === 'network' ? 'err.networkKept' : 'err.unavailableKept' });
      } else {
        showMessage(form, genericProblemMessage(problem));
      }
  }
}

guardSubmit(form, async () => {
  if (!readyToSend(form)) return;
  withdrawOffer();
  const body = readForm(form);
  const submit = document.getElementById('register-submit');
  setText(submit, 'reg.submitting');
  let answer;
  try {
    answer = await keeper.post('/api/registrations', body);
  } finally {
    setText(submit, 'reg.submit');
  }
  if (answer.ok) {
    keeper.renew();
    form.hidden = true;
    offer.hidden = true;
    await showConfirmation(answer.data, categoryName(answer.data.category));
    return;
  }
  handleProblem(answer.problem, body);
});

form.addEventListener('change', (event) => {
  if (event.target.name === 'category') {
    renderChoice();
    withdrawOffer();
  } else if (event.target.name === 'days') {
    withdrawOffer();
  }
});
liveFieldCare(form);
onLanguageChange(() => {
  renderCategories();
  renderChoice();
});

await loadCategories(false);
// the places left change while others register: refresh them every 30 seconds while the page is seen
setInterval(() => {
  if (document.visibilityState === 'visible' && !form.hidden) loadCategories(true);
}, 30000);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && !form.hidden) loadCategories(true);
});
