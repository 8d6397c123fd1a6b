// Applying to exhibit: the application is created as a draft and the page shows the private exhibitor link.
import { startPage } from './page.js';
import { problemSlug } from './api.js';
import { setRaw } from './i18n.js';
import {
  guardSubmit, idempotencyKeeper, liveFieldCare, readForm, readyToSend, showMessage,
} from './forms.js';
import { prepareApplicationForm, showApplicationProblem } from './application-form.js';
import { secretLink } from './confirmation.js';

startPage();

const form = document.getElementById('application');
const created = document.getElementById('application-created');
const keeper = idempotencyKeeper();
prepareApplicationForm(form);
liveFieldCare(form);

guardSubmit(form, async () => {
  if (!readyToSend(form)) return;
  const answer = await keeper.post('/api/exhibitors/applications', readForm(form));
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
