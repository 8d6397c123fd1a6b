// Forms that speak the APIs' JSON: inputs are named by the API's field paths ("consents.privacyPolicy"), checks
// mirror the API's Bean Validation, and the API's violations land at their fields in the page's language.
import { setText, setRaw, t, scriptLanguage } from './i18n.js';
import { call, problemSlug, NETWORK_PROBLEM, newIdempotencyKey } from './api.js';

/** The id of a field's error element: "error-<name>", or "error-<prefix>-<name>" on a page with several forms. */
export function errorId(form, name) {
  const prefix = form.dataset.errorPrefix;
  return `error-${prefix ? `${prefix}-` : ''}${name}`;
}

function fieldsNamed(form, name) {
  return [...form.elements].filter((element) => element.name === name);
}

function addDescribedBy(element, id) {
  const ids = (element.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) ids.push(id);
  element.setAttribute('aria-describedby', ids.join(' '));
}

function removeDescribedBy(element, id) {
  const ids = (element.getAttribute('aria-describedby') || '').split(/\s+/).filter((value) => value && value !== id);
  if (ids.length) element.setAttribute('aria-describedby', ids.join(' '));
  else element.removeAttribute('aria-describedby');
}

/** The element that holds a field's error message, made after the field when the page has none. */
function errorElement(form, name) {
  const id = errorId(form, name);
  let element = document.getElementById(id);
  if (!element) {
    const fields = fieldsNamed(form, name);
    if (!fields.length) return null;
    element = document.createElement('p');
    element.className = 'field-error';
    element.id = id;
    const anchor = fields[0].closest('fieldset[data-group], .field, .choice') || fields[0];
    anchor.after(element);
  }
  return element;
}

/**
 * Marks a field wrong: its inputs get aria-invalid and aria-describedby pointing at the error element, which holds
 * the message (a dictionary key with its parameters, or a text from the API).
 */
export function setFieldError(form, name, message) {
  const element = errorElement(form, name);
  if (!element) return false;
  if (message.key) setText(element, message.key, message.params);
  else setRaw(element, message.text);
  for (const field of fieldsNamed(form, name)) {
    field.setAttribute('aria-invalid', 'true');
    addDescribedBy(field, element.id);
  }
  return true;
}

export function clearFieldError(form, name) {
  const element = document.getElementById(errorId(form, name));
  if (element) setRaw(element, '');
  for (const field of fieldsNamed(form, name)) {
    field.removeAttribute('aria-invalid');
    if (element) removeDescribedBy(field, element.id);
  }
}

export function clearErrors(form) {
  const names = new Set([...form.elements].map((element) => element.name).filter(Boolean));
  for (const name of names) clearFieldError(form, name);
  for (const element of form.querySelectorAll('.field-error')) setRaw(element, '');
}

// ---- the form-wide message -----------------------------------------------------------------------------------

/**
 * Shows a form-wide message in the page's one #form-message (role="alert"), moved next to the form or section it
 * is about, so it is seen where the person acts. kind: "error" (default), "success" or "info".
 */
export function showMessage(near, message, kind = 'error') {
  const element = document.getElementById('form-message');
  if (!element) return;
  if (near) {
    const actions = near.tagName === 'FORM' ? [...near.querySelectorAll('.form-actions')].pop() : null;
    if (actions) {
      if (actions.previousElementSibling !== element) actions.before(element);
    } else if (element.parentElement !== near) {
      near.append(element);
    }
  }
  element.className = `form-message${kind === 'error' ? '' : ` ${kind}`}`;
  if (message.key) setText(element, message.key, message.params);
  else setRaw(element, message.text);
}

export function clearMessage() {
  const element = document.getElementById('form-message');
  if (element) setRaw(element, '');
}

// ---- reading a form into the API's JSON ----------------------------------------------------------------------

function put(target, path, value) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part];
  }
  node[parts[parts.length - 1]] = value;
}

/** Names whose checkboxes form a list (several values), as marked by a fieldset data-group. */
function listNames(form) {
  return new Set([...form.querySelectorAll('[data-group]')].map((group) => group.dataset.group));
}

/**
 * The form as the API's JSON: dotted names nest, a checkbox group gives a list, a single checkbox a boolean,
 * a number field a number; empty text is left out, so optional fields are absent rather than "".
 */
export function readForm(form) {
  const lists = listNames(form);
  const body = {};
  for (const name of lists) {
    if (fieldsNamed(form, name).some((field) => !field.disabled)) put(body, name, []);
  }
  for (const element of form.elements) {
    const name = element.name;
    if (!name || element.disabled || element.type === 'submit' || element.type === 'button') continue;
    if (element.type === 'checkbox') {
      if (lists.has(name)) {
        if (element.checked) body[name].push(element.value);
      } else {
        put(body, name, element.checked);
      }
    } else if (element.type === 'radio') {
      if (element.checked) put(body, name, element.value);
    } else if (element.type === 'number') {
      if (element.value.trim() !== '') put(body, name, Number(element.value));
    } else {
      const value = element.value.trim();
      if (value !== '') put(body, name, value);
    }
  }
  return body;
}

/** Fills a form from the API's JSON (the reverse of readForm). */
export function fillForm(form, data) {
  const lists = listNames(form);
  const get = (path) => path.split('.').reduce((node, part) => (node == null ? undefined : node[part]), data);
  for (const element of form.elements) {
    const name = element.name;
    if (!name || element.type === 'submit' || element.type === 'button') continue;
    const value = get(name);
    if (element.type === 'checkbox') {
      element.checked = lists.has(name) ? Array.isArray(value) && value.includes(element.value) : Boolean(value);
    } else if (element.type === 'radio') {
      element.checked = value === element.value;
    } else {
      element.value = value == null ? '' : String(value);
      markScript(element);
    }
  }
}

// ---- checks in the browser, mirroring the API ----------------------------------------------------------------

const PATTERN_MESSAGES = {
  latinName: 'err.latinName',
  email: 'err.email',
  phone: 'err.phone',
  contactPhone: 'err.contactPhone',
  url: 'err.url',
};

function messageFor(element) {
  const validity = element.validity;
  if (validity.valueMissing) {
    if (element.type === 'checkbox') return { key: element.name === 'consents.privacyPolicy' ? 'err.privacyPolicy' : 'err.required' };
    if (element.type === 'radio' || element.tagName === 'SELECT') return { key: element.name === 'country' ? 'err.country' : 'err.choose' };
    return { key: 'err.required' };
  }
  if (validity.typeMismatch) return { key: element.type === 'url' ? 'err.url' : 'err.email' };
  if (validity.patternMismatch) return { key: PATTERN_MESSAGES[element.dataset.pattern] || 'err.format' };
  if (validity.tooLong) return { key: 'err.tooLong', params: { max: element.maxLength } };
  if (validity.rangeUnderflow || validity.rangeOverflow || validity.stepMismatch || validity.badInput) {
    return { key: 'err.range', params: { min: Number(element.min), max: Number(element.max) } };
  }
  return { key: 'err.format' };
}

/**
 * Before a form is sent: clears what the last attempt showed and checks the form as the API would. False when a
 * field is wrong; then the form says so (by default "correct the marked fields") and the first wrong field has focus.
 */
export function readyToSend(form, messageFor = fixFieldsMessage) {
  clearErrors(form);
  clearMessage();
  const wrong = checkForm(form);
  if (!wrong.length) return true;
  showMessage(form, messageFor(wrong.length));
  focusField(form, wrong[0]);
  return false;
}

/** Checks the form as the API would; marks every wrong field and returns the names of the wrong ones. */
export function checkForm(form) {
  const wrong = [];
  const seen = new Set();
  for (const element of form.elements) {
    const name = element.name;
    if (!name || element.disabled || seen.has(name) || element.type === 'submit') continue;
    if (!element.willValidate) continue;
    // a value that is only spaces is blank for the API's @NotBlank
    if (element.required && typeof element.value === 'string' && element.type !== 'checkbox' && element.type !== 'radio'
        && element.value.trim() === '') {
      seen.add(name);
      setFieldError(form, name, { key: element.tagName === 'SELECT' ? (name === 'country' ? 'err.country' : 'err.choose') : 'err.required' });
      wrong.push(name);
      continue;
    }
    if (!element.checkValidity()) {
      seen.add(name);
      setFieldError(form, name, messageFor(element));
      wrong.push(name);
    }
  }
  for (const group of form.querySelectorAll('[data-group]')) {
    if (group.disabled || group.hidden) continue;
    const name = group.dataset.group;
    const boxes = fieldsNamed(form, name).filter((field) => !field.disabled);
    if (!boxes.length) continue;
    const checked = boxes.filter((box) => box.checked).length;
    if (group.dataset.min && checked < Number(group.dataset.min)) {
      setFieldError(form, name, { key: name === 'days' ? 'err.daysRequired' : 'err.chooseAtLeast', params: { min: Number(group.dataset.min) } });
      wrong.push(name);
    } else if (group.dataset.max && checked > Number(group.dataset.max)) {
      setFieldError(form, name, { key: 'err.tooMany', params: { max: Number(group.dataset.max) } });
      wrong.push(name);
    }
  }
  return wrong;
}

/** Focuses the first wrong field, so keyboard and screen reader users land on it. */
export function focusField(form, name) {
  const field = fieldsNamed(form, name).find((element) => !element.disabled);
  if (field) field.focus();
}

// ---- the API's answers at their fields -----------------------------------------------------------------------

// Bean Validation's messages and the services' own, with the dictionary key that says the same in either language.
const SERVER_MESSAGES = [
  [/^must not be (blank|null|empty)$/, () => ({ key: 'err.required' })],
  [/^size must be between (\d+) and (\d+)$/, (m) => (Number(m[1]) > 0
    ? { key: 'err.size', params: { min: Number(m[1]), max: Number(m[2]) } }
    : { key: 'err.tooLongOrMany', params: { max: Number(m[2]) } })],
  [/^must be a well-formed email address$/, () => ({ key: 'err.email' })],
  [/^must not contain control characters$/, () => ({ key: 'err.controlCharacters' })],
  [/^must be written in Latin letters$/, () => ({ key: 'err.latinName' })],
  [/^must be a phone number of digits/, () => ({ key: 'err.phone' })],
  [/^must be a phone number$/, () => ({ key: 'err.contactPhone' })],
  [/^must be an ISO 3166-1 alpha-2 country code/, () => ({ key: 'err.country' })],
  [/^the privacy policy must be accepted$/, () => ({ key: 'err.privacyPolicy' })],
  [/^must be an http or https address$/, () => ({ key: 'err.url' })],
  [/^must be a pavilion code$/, () => ({ key: 'err.pavilionCode' })],
  [/^must be greater than or equal to (\d+)$/, (m) => ({ key: 'err.min', params: { min: Number(m[1]) } })],
  [/^must be less than or equal to (\d+)$/, (m) => ({ key: 'err.max', params: { max: Number(m[1]) } })],
  [/^must be a date such as/, () => ({ key: 'err.date' })],
  [/^must be one of /, () => ({ key: 'err.choose' })],
  [/^must be a list$/, () => ({ key: 'err.format' })],
];

/** The page-language message for one violation the API reported; the API's own text when it is not one we know. */
export function translateViolation(violation) {
  const text = String(violation.message || '');
  for (const [pattern, make] of SERVER_MESSAGES) {
    const match = pattern.exec(text);
    if (match) return make(match);
  }
  return { text };
}

/** The form's field for a violation's path: "days[0]" is "days"; a missing "consents" object is its required box. */
function fieldForPath(form, path) {
  const base = String(path || '').replace(/\[\d+\]/g, '');
  if (fieldsNamed(form, base).length) return base;
  const nested = [...form.elements].map((element) => element.name).find((name) => name && name.startsWith(`${base}.`));
  if (nested) {
    const required = [...form.elements].find((element) => element.name && element.name.startsWith(`${base}.`) && element.required);
    return required ? required.name : nested;
  }
  return null;
}

/**
 * Puts a 400 problem's violations, or a problem's single "field", at the form's fields.
 * Returns the names marked (first one first), and the messages of violations the form has no field for.
 */
export function showViolations(form, problem, messageForField) {
  const marked = [];
  const unplaced = [];
  const violations = Array.isArray(problem.violations) ? problem.violations : [];
  for (const violation of violations) {
    const name = fieldForPath(form, violation.field);
    let message = translateViolation(violation);
    const field = name ? fieldsNamed(form, name)[0] : null;
    // "must not be blank" at a list or a choice reads better as "choose"
    if (message.key === 'err.required' && field && (field.tagName === 'SELECT' || field.type === 'radio')) {
      message = { key: name === 'country' ? 'err.country' : 'err.choose' };
    }
    if (name && !marked.includes(name)) {
      setFieldError(form, name, message);
      marked.push(name);
    } else if (!name) {
      unplaced.push(message.text ? `${violation.field}: ${message.text}` : `${violation.field}: ${t(message.key, message.params)}`);
    }
  }
  if (!violations.length && problem.field) {
    const name = fieldForPath(form, problem.field);
    if (name) {
      setFieldError(form, name, (messageForField && messageForField(problem)) || { text: problem.detail || problem.title || '' });
      marked.push(name);
    }
  }
  // the first wrong field in the order of the form, where the person will look first
  const order = [...form.elements].map((element) => element.name);
  marked.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { marked, unplaced };
}

/**
 * Shows a 400 problem's violations at the form's fields, with the form's message and the first field focused.
 * False for any other problem, which the page words itself.
 */
export function showFieldProblems(form, problem) {
  if (problem.status !== 400 || !Array.isArray(problem.violations)) return false;
  const { marked, unplaced } = showViolations(form, problem);
  if (unplaced.length) showMessage(form, { text: unplaced.join(' ') });
  else showMessage(form, fixFieldsMessage(marked.length));
  if (marked.length) focusField(form, marked[0]);
  return true;
}

/** "Please correct the marked field(s)", the count in words that read right for one or several. */
export function fixFieldsMessage(count) {
  return count === 1 ? { key: 'err.fixField' } : { key: 'err.fixFields', params: { count } };
}

/** A general message for a problem the page has no better words for. */
export function genericProblemMessage(problem) {
  const slug = problemSlug(problem);
  if (slug === NETWORK_PROBLEM) return { key: 'err.network' };
  if (slug === 'gateway/too-many-requests' || problem.status === 429) return { key: 'err.tooManyRequests' };
  if (slug.startsWith('gateway/') || problem.status >= 500) return { key: 'err.unavailable' };
  if (problem.detail) return { text: problem.detail };
  if (problem.title) return { text: problem.title };
  return { key: 'err.unexpected', params: { status: problem.status || '?' } };
}

/**
 * Shows why data could not be loaded: the page's sentence (a dictionary key) and the reason, each bound to the
 * dictionary where it can be, so a language switch translates both; the API's own words only ever as text.
 */
export function showLoadProblem(target, sentenceKey, problem) {
  const sentence = document.createElement('span');
  setText(sentence, sentenceKey);
  const reason = document.createElement('span');
  const message = genericProblemMessage(problem || {});
  if (message.key) setText(reason, message.key, message.params);
  else setRaw(reason, message.text);
  const gap = document.createElement('span');
  setText(gap, 'common.sentenceGap');
  target.replaceChildren(sentence, gap, reason);
}

// ---- submitting once ----------------------------------------------------------------------------------------

/**
 * Runs one submission at a time: the submit button is disabled and the form marked busy while it runs, so a double
 * click or Enter pressed twice sends nothing twice.
 */
export function guardSubmit(form, handler) {
  let running = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (running) return;
    running = true;
    const buttons = [...form.querySelectorAll('button[type="submit"]')];
    for (const button of buttons) button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await handler(event);
    } finally {
      running = false;
      form.removeAttribute('aria-busy');
      for (const button of buttons) button.disabled = false;
    }
  });
}

/** Runs a button's action once at a time, the button disabled meanwhile. */
export function guardClick(button, handler) {
  let running = false;
  button.addEventListener('click', async (event) => {
    if (running) return;
    running = true;
    button.disabled = true;
    try {
      await handler(event);
    } finally {
      running = false;
      button.disabled = false;
    }
  });
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** One Idempotency-Key per form, kept across retries and double clicks until the form succeeds. */
export function idempotencyKeeper() {
  let key = null;
  return {
    get() {
      if (!key) key = newIdempotencyKey();
      return key;
    },
    renew() {
      key = null;
    },
    /** Posts with the key; while the first request with it is still worked on, asks again for its replayed answer. */
    async post(path, body) {
      let answer;
      for (let attempt = 0; attempt < 4; attempt += 1) {
        answer = await call(path, { method: 'POST', body, idempotencyKey: this.get() });
        if (answer.ok || problemSlug(answer.problem) !== 'idempotency-key-in-flight') break;
        await sleep(1500);
      }
      return answer;
    },
  };
}

/** Marks text inputs holding Chinese characters as Chinese, so the right font shows names and addresses. */
export function markScript(element) {
  if (!element || !('dataScriptAware' in element.dataset)) return;
  const language = scriptLanguage(element.value);
  if (language) element.lang = language;
  else element.removeAttribute('lang');
}

/** Clears a field's error as soon as the person changes it, and keeps the script marking current. */
export function liveFieldCare(form) {
  const handler = (event) => {
    const element = event.target;
    if (!element.name) return;
    markScript(element);
    if (element.getAttribute('aria-invalid') === 'true') clearFieldError(form, element.name);
  };
  form.addEventListener('input', handler);
  form.addEventListener('change', handler);
}
