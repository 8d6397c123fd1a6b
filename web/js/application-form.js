// The exhibitor application form, shared by "apply" and the exhibitor page: pavilion and theme choices, and the
// API's answers at their fields.
import { setText } from './i18n.js';
import { PAVILION_CODES } from './expo.js';
import { EXHIBITOR_THEMES, putTheme } from './themes.js';
import { genericProblemMessage, showFieldProblems, showMessage } from './forms.js';
import { problemSlug } from './api.js';

function checkbox(name, value, id, fillLabel) {
  const choice = document.createElement('div');
  choice.className = 'choice';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  input.id = id;
  const label = document.createElement('label');
  label.htmlFor = id;
  fillLabel(label);
  choice.append(input, label);
  return choice;
}

function themeId(value) {
  return `theme-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
}

/** Adds a theme choice (themes are free text: one the organizers added is kept, not dropped on saving). */
export function addThemeChoice(form, value) {
  const box = form.querySelector('#theme-choices');
  if ([...box.querySelectorAll('input')].some((input) => input.value === value)) return;
  let id = themeId(value);
  while (document.getElementById(id)) id += '-x';
  box.append(checkbox('themes', value, id, (label) => putTheme(label, value)));
}

/** Builds the pavilion and theme choices of an application form. */
export function prepareApplicationForm(form) {
  const pavilions = form.querySelector('#pavilion-choices');
  for (const code of PAVILION_CODES) {
    pavilions.append(checkbox('requestedPavilions', code, `requested-${code}`, (label) => setText(label, `pavilion.${code}`)));
  }
  for (const value of EXHIBITOR_THEMES) addThemeChoice(form, value);
}

/** Puts an application problem where it belongs: violations at their fields, anything else as the form's message. */
export function showApplicationProblem(form, problem) {
  if (showFieldProblems(form, problem)) return;
  const slug = problemSlug(problem);
  if (slug === 'application-not-editable') showMessage(form, { key: 'portal.notEditable' });
  else if (slug === 'idempotency-key-in-flight') showMessage(form, { key: 'err.inFlight' });
  else showMessage(form, genericProblemMessage(problem));
}
