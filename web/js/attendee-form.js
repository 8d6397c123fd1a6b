// What registering and managing a registration show alike: the day choices and the answers about days and details.
import { formatDay } from './i18n.js';
import { focusField, setFieldError, showMessage } from './forms.js';
import { problemSlug } from './api.js';
import { node } from './page.js';

/** A day to tick: its date as the title and an info line (places left, full, yours) the page fills. */
export function dayChoice(day, checked) {
  const choice = node('div', 'choice');
  const input = node('input');
  input.type = 'checkbox';
  input.name = 'days';
  input.value = day;
  input.id = `day-${day}`;
  input.checked = checked;
  const label = node('label');
  label.htmlFor = input.id;
  const title = node('span', 'choice-title', formatDay(day));
  title.id = `day-${day}-title`;
  const info = node('span', 'choice-info');
  info.id = `day-${day}-info`;
  label.append(title, info);
  choice.append(input, label);
  return { choice, info };
}

/** The day problems both forms answer alike, at the days; false for any other problem. */
export function showDayProblem(form, problem) {
  const keys = { 'unknown-day': 'reg.unknownDay', 'days-required': 'err.daysRequired' };
  const key = keys[problemSlug(problem)];
  if (!key) return false;
  const params = { day: problem.day ? formatDay(problem.day) : '' };
  setFieldError(form, 'days', { key, params });
  showMessage(form, { key, params });
  focusField(form, 'days');
  return true;
}
