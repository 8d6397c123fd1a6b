// Exhibitor directory and product search, a page of results at a time; the search is kept in the address.
import { startPage, node } from './page.js';
import { call } from './api.js';
import {
  setText, setRaw, pick, setLangAttribute, onLanguageChange, countryName, putPersonal,
} from './i18n.js';
import { showLoadProblem } from './forms.js';
import { pavilionName } from './expo.js';
import { themeTags, fillPavilionSelects } from './themes.js';

startPage();
fillPavilionSelects();

const PAGE_SIZE = 20;

/** Only web addresses become links; anything else an exhibitor typed stays text. */
function safeWebsite(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function personalText(tag, className, text) {
  const element = node(tag, className);
  putPersonal(element, text);
  return element;
}

/** "Frontier Technology Pavilion · booth FT-A12", or nothing when the exhibitor has no booth yet. */
function placeLine(item) {
  const line = node('p', 'meta');
  if (item.pavilionCode) {
    const name = pavilionName(item.pavilionCode);
    const span = node('span', null, name.text);
    setLangAttribute(span, name.lang);
    line.append(span);
  }
  if (item.boothCode) {
    const booth = node('span');
    setText(booth, 'directory.booth', { code: item.boothCode });
    line.append(item.pavilionCode ? ' · ' : '', booth);
  }
  return line;
}

function renderExhibitor(entry) {
  const item = node('li');
  const heading = node('h3');
  const name = pick(entry, 'companyName');
  const main = node('span', null, name.text);
  setLangAttribute(main, name.lang);
  heading.append(main);
  const otherLang = name.lang === 'zh-CN' ? 'en' : 'zh-CN';
  const other = otherLang === 'en' ? entry.companyNameEn : entry.companyNameZh;
  if (other && other !== name.text) {
    const span = node('span', 'other-name', ` · ${other}`);
    span.lang = otherLang;
    heading.append(span);
  }
  item.append(heading);
  const where = placeLine(entry);
  if (entry.country) where.prepend(`${countryName(entry.country)}${where.childNodes.length ? ' · ' : ''}`);
  item.append(where);
  if (entry.description) item.append(personalText('p', null, entry.description));
  const tags = node('p');
  if (entry.beltAndRoadPartner) {
    const partner = node('span', 'tag');
    setText(partner, 'directory.beltAndRoadPartner');
    tags.append(partner, ' ');
  }
  tags.append(themeTags(entry.themes));
  if (tags.childNodes.length) item.append(tags);
  const website = safeWebsite(entry.website);
  if (website) {
    const link = node('a', null, website.host);
    link.href = website.href;
    link.rel = 'noopener noreferrer nofollow';
    const line = node('p');
    line.append(link);
    item.append(line);
  }
  return item;
}

function renderProduct(product) {
  const item = node('li');
  item.append(personalText('h3', null, product.name));
  const by = node('p', 'meta');
  const label = node('span');
  setText(label, 'directory.productBy');
  by.append(label, ' ', personalText('span', null, product.exhibitorName || ''));
  item.append(by, placeLine(product));
  if (product.description) item.append(personalText('p', null, product.description));
  const tags = node('p');
  if (product.category) tags.append(personalText('span', 'tag', product.category), ' ');
  if (product.theme) tags.append(themeTags([product.theme]));
  if (tags.childNodes.length) item.append(tags);
  return item;
}

/** One searchable list: a form, its results, a "show more" button and a status line. */
function searchList({ form, fields, path, results, more, status, error, render, countKey, noneKey, downKey }) {
  let page = 0;
  let items = [];

  function query() {
    const params = new URLSearchParams();
    for (const [field, param] of Object.entries(fields)) {
      const value = form.elements[field].value.trim();
      if (value) params.set(param, value);
    }
    return params;
  }

  function draw() {
    results.replaceChildren(...items.map(render));
  }

  async function load(reset) {
    if (reset) {
      page = 0;
      items = [];
    }
    const params = query();
    params.set('page', String(page));
    params.set('size', String(PAGE_SIZE));
    setText(status, 'common.loading');
    const answer = await call(`${path}?${params}`);
    results.classList.remove('reserving');
    if (!answer.ok || !Array.isArray(answer.data)) {
      setRaw(status, '');
      showLoadProblem(error, downKey, answer.problem);
      return;
    }
    error.replaceChildren();
    const before = items.length;
    items = items.concat(answer.data);
    draw();
    more.hidden = answer.data.length < PAGE_SIZE;
    setText(status, items.length ? countKey : noneKey, { count: items.length });
    // after "show more", the keyboard continues at the first new result
    const first = !reset && answer.data.length ? results.children[before]?.querySelector('h3') : null;
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load(true).then(() => syncAddress());
  });
  more.addEventListener('click', () => {
    page += 1;
    load(false);
  });
  onLanguageChange(draw);
  return { load };
}

const directoryForm = document.getElementById('directory-search');
const productForm = document.getElementById('product-search');

const directory = searchList({
  form: directoryForm,
  fields: { q: 'q', pavilion: 'pavilion', country: 'country' },
  path: '/api/exhibitors',
  results: document.getElementById('directory-results'),
  more: document.getElementById('directory-more'),
  status: document.getElementById('directory-status'),
  error: document.getElementById('directory-error'),
  render: renderExhibitor,
  countKey: 'directory.count',
  noneKey: 'directory.none',
  downKey: 'directory.down',
});

const products = searchList({
  form: productForm,
  fields: { product: 'q', productPavilion: 'pavilion' },
  path: '/api/products',
  results: document.getElementById('product-results'),
  more: document.getElementById('product-more'),
  status: document.getElementById('product-status'),
  error: document.getElementById('product-error'),
  render: renderProduct,
  countKey: 'directory.productCount',
  noneKey: 'directory.productNone',
  downKey: 'directory.productsDown',
});

/** The searches in the address, so a search can be bookmarked or shared. */
function syncAddress() {
  const params = new URLSearchParams();
  for (const form of [directoryForm, productForm]) {
    for (const element of form.elements) {
      if (element.name && element.value.trim()) params.set(element.name, element.value.trim());
    }
  }
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

const initial = new URLSearchParams(location.search);
for (const form of [directoryForm, productForm]) {
  for (const element of form.elements) {
    if (element.name && initial.has(element.name)) element.value = initial.get(element.name);
  }
}
await Promise.all([directory.load(true), products.load(true)]);
