// The exhibitor portal, opened with the application's secret from the page's fragment: the application and its
// state, submitting and withdrawing, the booth on its floor plan, the products and the stand staff.
import { startPage, node } from './page.js';
import { call, problemSlug, secretFromFragment } from './api.js';
import {
  setText, setRaw, pick, setLangAttribute, onLanguageChange, formatNumber, putPersonal,
} from './i18n.js';
import {
  clearErrors, clearMessage, fillForm, genericProblemMessage, guardClick, guardSubmit,
  liveFieldCare, readForm, readyToSend, showFieldProblems, showMessage,
  showLoadProblem,
} from './forms.js';
import { prepareApplicationForm, showApplicationProblem, addThemeChoice } from './application-form.js';
import { confirmAction } from './dialog.js';
import { pavilionName } from './expo.js';
import { EXHIBITOR_THEMES, themeLabel, themeTags } from './themes.js';

startPage();

const secret = secretFromFragment('ex_');
const loading = document.getElementById('portal-loading');
const missing = document.getElementById('portal-missing');
const content = document.getElementById('portal-content');
const applicationForm = document.getElementById('application');
const productForm = document.getElementById('product-form');
const staffForm = document.getElementById('staff-form');
const submitButton = document.getElementById('submit-application');
const withdrawButton = document.getElementById('withdraw-application');

let application = null;
let products = [];
let roster = null;
let editingProduct = null;
let applicationChanged = false;

const EDITABLE = ['DRAFT', 'SUBMITTED'];

function showMissing() {
  loading.hidden = true;
  content.hidden = true;
  missing.hidden = false;
}

// ---- the application -------------------------------------------------------------------------------------------

function renderOverview() {
  const a = application;
  const title = document.getElementById('overview-title');
  const name = pick(a, 'companyName');
  setRaw(title, name.text);
  setLangAttribute(title, name.lang);
  const state = document.getElementById('application-state');
  setRaw(state, a.state);
  state.dataset.state = a.state;
  setText(document.getElementById('application-state-text'), `state.${a.state}`);
  const reason = document.getElementById('rejection-reason');
  reason.hidden = !(a.state === 'REJECTED' && a.rejectionReason);
  if (!reason.hidden) {
    const label = node('span');
    setText(label, 'portal.rejectionReason');
    const text = node('span');
    putPersonal(text, a.rejectionReason);
    reason.replaceChildren(label, ' ', text);
  }
  submitButton.hidden = a.state !== 'DRAFT';
  withdrawButton.hidden = !['SUBMITTED', 'APPROVED'].includes(a.state);

  const editable = EDITABLE.includes(a.state);
  document.getElementById('application-locked').hidden = editable;
  for (const fieldset of applicationForm.querySelectorAll(':scope > fieldset')) fieldset.disabled = !editable;
  applicationForm.querySelector('button[type="submit"]').hidden = !editable;
  renderBooth();
  renderStaff();
}

function renderBooth() {
  const a = application;
  const text = document.getElementById('booth-text');
  const figure = document.getElementById('booth-figure');
  if (!a.boothCode) {
    setText(text, a.state === 'APPROVED' ? 'portal.boothPending' : 'portal.noBooth');
    figure.hidden = true;
    return;
  }
  const pavilion = pavilionName(a.pavilionCode);
  setText(text, a.boothAreaM2 ? 'portal.boothText' : 'portal.boothTextNoArea', {
    booth: a.boothCode, pavilion: pavilion.text, area: a.boothAreaM2 ? formatNumber(Number(a.boothAreaM2)) : '',
  });
  const img = document.getElementById('booth-floorplan');
  const source = `/api/pavilions/${encodeURIComponent(a.pavilionCode)}/floorplan.svg`;
  if (img.getAttribute('src') !== source) {
    img.addEventListener('load', () => {
      img.width = img.naturalWidth;
      img.height = img.naturalHeight;
    }, { once: true });
    img.addEventListener('error', () => {
      figure.hidden = true;
    }, { once: true });
    img.src = source;
  }
  img.alt = text.textContent;
  setText(document.getElementById('booth-caption'), 'portal.floorPlanCaption', { booth: a.boothCode, pavilion: pavilion.text });
  figure.hidden = false;
}

function fillApplication() {
  for (const theme of application.themes || []) addThemeChoice(applicationForm, theme);
  fillForm(applicationForm, application);
  applicationChanged = false;
}

async function saveApplication() {
  if (!readyToSend(applicationForm)) return false;
  const answer = await call('/api/exhibitors/me', { method: 'PUT', bearer: secret, body: readForm(applicationForm) });
  if (!answer.ok) {
    showApplicationProblem(applicationForm, answer.problem);
    if (problemSlug(answer.problem) === 'application-not-editable') reload();
    return false;
  }
  application = answer.data;
  renderOverview();
  fillApplication();
  return true;
}

guardSubmit(applicationForm, async () => {
  if (await saveApplication()) showMessage(applicationForm, { key: 'portal.saved' }, 'success');
});

applicationForm.addEventListener('input', () => {
  applicationChanged = true;
});
applicationForm.addEventListener('change', () => {
  applicationChanged = true;
});

const overview = document.getElementById('overview');

guardClick(submitButton, async () => {
  clearMessage();
  // what was typed but not saved goes with the submission
  if (applicationChanged && !(await saveApplication())) return;
  const answer = await call('/api/exhibitors/me/submit', { method: 'POST', bearer: secret });
  if (!answer.ok) {
    const slug = problemSlug(answer.problem);
    showMessage(overview, slug === 'invalid-transition'
      ? { key: 'portal.cannotSubmit', params: { state: answer.problem.currentState || '' } }
      : genericProblemMessage(answer.problem));
    reload();
    return;
  }
  application = answer.data;
  renderOverview();
  showMessage(overview, { key: 'portal.submitted' }, 'success');
});

guardClick(withdrawButton, async () => {
  clearMessage();
  const sure = await confirmAction({
    titleKey: 'portal.withdrawConfirmTitle',
    textKey: application.state === 'APPROVED' ? 'portal.withdrawApprovedText' : 'portal.withdrawConfirmText',
    confirmKey: 'portal.withdrawConfirm',
  });
  if (!sure) return;
  const answer = await call('/api/exhibitors/me/withdraw', { method: 'POST', bearer: secret });
  if (!answer.ok) {
    const slug = problemSlug(answer.problem);
    if (slug === 'staff-member-busy') showMessage(overview, { key: 'portal.staffBusy' });
    else if (slug === 'invalid-transition') showMessage(overview, { key: 'portal.cannotWithdraw' });
    else showMessage(overview, genericProblemMessage(answer.problem));
    reload();
    return;
  }
  application = answer.data;
  renderOverview();
  showMessage(overview, { key: 'portal.withdrawn' }, 'success');
  loadStaff();
});

// ---- products --------------------------------------------------------------------------------------------------

function renderProducts() {
  const list = document.getElementById('product-list');
  const items = products.map((product) => {
    const item = node('li');
    const heading = node('h3');
    putPersonal(heading, product.name);
    heading.id = `product-${product.id}-title`;
    item.append(heading);
    if (product.description) {
      const description = node('p');
      putPersonal(description, product.description);
      item.append(description);
    }
    const tags = node('p');
    if (product.category) {
      const tag = node('span', 'tag');
      putPersonal(tag, product.category);
      tags.append(tag, ' ');
    }
    if (product.theme) tags.append(themeTags([product.theme]));
    if (tags.childNodes.length) item.append(tags);
    const actions = node('div', 'seat-actions');
    const edit = node('button', 'button small secondary product-edit');
    edit.type = 'button';
    edit.dataset.product = product.id;
    edit.setAttribute('aria-describedby', heading.id);
    setText(edit, 'portal.editProductButton');
    edit.addEventListener('click', () => startEditing(product));
    const remove = node('button', 'button small danger product-remove');
    remove.type = 'button';
    remove.dataset.product = product.id;
    remove.setAttribute('aria-describedby', heading.id);
    setText(remove, 'portal.removeProduct');
    guardClick(remove, () => removeProduct(product));
    actions.append(edit, remove);
    item.append(actions);
    return item;
  });
  list.replaceChildren(...items);
  setText(document.getElementById('products-status'), products.length ? 'portal.productCount' : 'portal.noProducts', { count: products.length });
}

async function loadProducts() {
  const answer = await call('/api/exhibitors/me/products?size=200', { bearer: secret });
  if (!answer.ok || !Array.isArray(answer.data)) {
    showMessage(document.getElementById('products'), genericProblemMessage(answer.problem || {}));
    return;
  }
  products = answer.data;
  renderProducts();
}

function startEditing(product) {
  editingProduct = product;
  clearErrors(productForm);
  fillForm(productForm, product);
  setText(document.getElementById('product-form-title'), 'portal.editProduct', { name: product.name });
  setText(document.getElementById('product-submit'), 'portal.saveProduct');
  document.getElementById('product-cancel-edit').hidden = false;
  productForm.elements.name.focus();
}

function stopEditing() {
  editingProduct = null;
  productForm.reset();
  clearErrors(productForm);
  setText(document.getElementById('product-form-title'), 'portal.addProduct');
  setText(document.getElementById('product-submit'), 'portal.addProductButton');
  document.getElementById('product-cancel-edit').hidden = true;
}

document.getElementById('product-cancel-edit').addEventListener('click', () => {
  stopEditing();
  productForm.elements.name.focus();
});

guardSubmit(productForm, async () => {
  if (!readyToSend(productForm)) return;
  const body = readForm(productForm);
  const editing = editingProduct;
  const answer = editing
    ? await call(`/api/exhibitors/me/products/${encodeURIComponent(editing.id)}`, { method: 'PUT', bearer: secret, body })
    : await call('/api/exhibitors/me/products', { method: 'POST', bearer: secret, body });
  if (!answer.ok) {
    if (showFieldProblems(productForm, answer.problem)) return;
    if (problemSlug(answer.problem) === 'product-not-found') {
      showMessage(productForm, { key: 'portal.productGone' });
      stopEditing();
      loadProducts();
    } else {
      showMessage(productForm, genericProblemMessage(answer.problem));
    }
    return;
  }
  stopEditing();
  await loadProducts();
  showMessage(productForm, { key: editing ? 'portal.productSaved' : 'portal.productAdded', params: { name: answer.data.name } }, 'success');
});

async function removeProduct(product) {
  clearMessage();
  const sure = await confirmAction({
    titleKey: 'portal.removeProductTitle', textKey: 'portal.removeProductText', confirmKey: 'portal.removeProductConfirm',
    params: { name: product.name },
  });
  if (!sure) return;
  const answer = await call(`/api/exhibitors/me/products/${encodeURIComponent(product.id)}`, { method: 'DELETE', bearer: secret });
  if (!answer.ok && answer.status !== 404) {
    showMessage(document.getElementById('products'), genericProblemMessage(answer.problem));
    return;
  }
  if (editingProduct && editingProduct.id === product.id) stopEditing();
  await loadProducts();
  showMessage(document.getElementById('products'), { key: 'portal.productRemoved', params: { name: product.name } }, 'success');
  productForm.elements.name.focus();
}

// ---- staff -----------------------------------------------------------------------------------------------------

function fullName(member) {
  if (/\p{Script=Han}/u.test(`${member.familyName}${member.givenName}`)) return `${member.familyName}${member.givenName}`;
  return `${member.givenName} ${member.familyName}`;
}

function renderStaff() {
  const approved = application && application.state === 'APPROVED';
  staffForm.hidden = !approved;
  const allowance = document.getElementById('staff-allowance');
  if (!approved) {
    setText(allowance, 'portal.staffNotYet');
  } else if (roster) {
    setText(allowance, 'portal.allowance', { used: roster.members.length, allowance: roster.allowance });
  }
  const list = document.getElementById('staff-list');
  const members = roster ? roster.members : [];
  list.replaceChildren(...members.map((member) => {
    const item = node('li');
    const heading = node('h3');
    putPersonal(heading, fullName(member));
    heading.id = `staff-${member.id}-title`;
    const email = node('p', 'meta', member.email);
    const badge = node('p', 'meta');
    setText(badge, member.registrationId ? 'portal.badgeIssued' : 'portal.badgePending');
    const remove = node('button', 'button small danger staff-remove');
    remove.type = 'button';
    remove.dataset.staff = member.id;
    remove.setAttribute('aria-describedby', heading.id);
    setText(remove, 'portal.removeStaff');
    guardClick(remove, () => removeStaff(member));
    item.append(heading, email, badge, remove);
    return item;
  }));
}

async function loadStaff() {
  const answer = await call('/api/exhibitors/me/staff', { bearer: secret });
  roster = answer.ok && answer.data ? answer.data : { allowance: 0, members: [] };
  renderStaff();
}

const staffSection = document.getElementById('staff');

guardSubmit(staffForm, async () => {
  if (!readyToSend(staffForm)) return;
  const answer = await call('/api/exhibitors/me/staff', { method: 'POST', bearer: secret, body: readForm(staffForm) });
  if (!answer.ok) {
    const slug = problemSlug(answer.problem);
    if (showFieldProblems(staffForm, answer.problem)) return;
    if (slug === 'staff-allowance-exhausted') showMessage(staffForm, { key: 'portal.allowanceExhausted' });
    else if (slug === 'exhibitor-not-approved') showMessage(staffForm, { key: 'portal.staffNotYet' });
    else if (slug === 'staff-badge-refused') showMessage(staffForm, { key: 'portal.badgeRefused' });
    else showMessage(staffForm, genericProblemMessage(answer.problem));
    return;
  }
  const name = fullName(answer.data);
  staffForm.reset();
  await loadStaff();
  showMessage(staffForm, { key: answer.status === 201 ? 'portal.staffAdded' : 'portal.staffAlready', params: { name } }, 'success');
});

async function removeStaff(member) {
  clearMessage();
  const name = fullName(member);
  const sure = await confirmAction({
    titleKey: 'portal.removeStaffTitle', textKey: 'portal.removeStaffText', confirmKey: 'portal.removeStaffConfirm', params: { name },
  });
  if (!sure) return;
  const answer = await call(`/api/exhibitors/me/staff/${encodeURIComponent(member.id)}`, { method: 'DELETE', bearer: secret });
  if (!answer.ok && answer.status !== 404) {
    showMessage(staffSection, problemSlug(answer.problem) === 'staff-member-busy' ? { key: 'portal.staffBusy' } : genericProblemMessage(answer.problem));
    return;
  }
  await loadStaff();
  showMessage(staffSection, { key: 'portal.staffRemoved', params: { name } }, 'success');
  staffForm.elements.familyName?.focus();
}

// ---- loading ---------------------------------------------------------------------------------------------------

async function reload() {
  const answer = await call('/api/exhibitors/me', { bearer: secret });
  loading.hidden = true;
  if (!answer.ok) {
    if ([401, 404].includes(answer.status)) showMissing();
    else showLoadProblem(document.getElementById('form-message'), 'portal.loadDown', answer.problem);
    return false;
  }
  application = answer.data;
  content.hidden = false;
  renderOverview();
  if (!applicationChanged) fillApplication();
  return true;
}

prepareApplicationForm(applicationForm);
for (const field of [applicationForm, productForm, staffForm]) liveFieldCare(field);
const themeList = document.getElementById('theme-list');
function fillThemeList() {
  themeList.replaceChildren(...EXHIBITOR_THEMES.map((value) => {
    const option = document.createElement('option');
    option.value = value;
    option.label = themeLabel(value);
    return option;
  }));
}
fillThemeList();
onLanguageChange(() => {
  fillThemeList();
  if (!application) return;
  renderOverview();
  renderProducts();
});

if (!secret) showMissing();
else if (await reload()) {
  await Promise.all([loadProducts(), loadStaff()]);
}
