// Applying to exhibit: the application is created as a draft and the page shows the private exhibitor link.
import { startPage } from './page.js';
import { call, problemSlug } from './api.js';
import { setRaw } from './i18n.js';
import {
  checkForm, clearErrors, clearMessage, focusField, guardSubmit, idempotencyKeeper, liveFieldCare, readForm, showMessage,
  fixFieldsMessage,
} from './forms.js';
import { prepareApplicationForm, showApplicationProblem } from './application-form.js';
import { secretLink } from './confirmation.js';

startPage();

const form = document.getElementById('application');
const created = document.getElementById('application-created');
const keeper = idempotencyKeeper();
prepareApplicationForm(form);
liveFieldCare(form);

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

guardSubmit(form, async () => {
  clearErrors(form);
  clearMessage();
  const wrong = checkForm(form);
  if (wrong.length) {
    showMessage(form, fixFieldsMessage(wrong.length));
    focusField(form, wrong[0]);
    return;
  }
  const body = readForm(form);
  let answer;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    answer = await call('/api/exhibitors/applications', { method: 'POST', body, idempotencyKey: keeper.get() });
    if (answer.ok || problemSlug(answer.problem) !== 'idempotency-key-in-flight') break;
    await sleep(1500);
  }
  if (!answer.ok) {
    if (problemSlug(answer.problem) === 'idempotency-key-reused') {
      keeper.renew();
      showMessage(form, { key: 'err.keyReused' });
      return;
    }
    showApplicationProblem(form, answer.problem);
    return;
  }
  keeper.renew();
  const link = document.getElementById('exhibitor-link');
  link.href = `/exhibitor.html#${answer.data.secret}`;
  setRaw(link, secretLink('exhibitor.html', answer.data.secret));
  form.hidden = true;
  created.hidden = false;
  created.focus();
});
