// Venue and programme: the pavilions with their floor plans, and the programme with the seats left.
import { startPage, node } from './page.js';
import { call } from './api.js';
import {
  t, setText, setRaw, pick, setLangAttribute, onLanguageChange, formatDay, formatNumber, hasText,
} from './i18n.js';
import { showLoadProblem } from './forms.js';
import { PAVILION_CODES, byExpoOrder } from './expo.js';
import { renderProgramme, loadProgramme } from './programme.js';

startPage();

const pavilionsBox = document.getElementById('pavilions');
const pavilionsStatus = document.getElementById('pavilions-status');
const pavilionsError = document.getElementById('pavilions-error');
const sessionsBox = document.getElementById('sessions');
const programmeStatus = document.getElementById('programme-status');
const programmeError = document.getElementById('programme-error');
const filterForm = document.getElementById('programme-filter');

let pavilions = null; // Map code → pavilion, once loaded
let sessions = null;

/** The floor plan drawing's own size (as pavilion-service draws it), so the page does not jump when it loads. */
function floorPlanSize(pavilion) {
  const width = Number(pavilion.floorWidthM) || 100;
  const depth = Number(pavilion.floorDepthM) || 70;
  const scale = Math.min(1200 / width, 820 / depth);
  return { width: Math.round(width * scale + 48), height: Math.round(depth * scale + 48 + 98) };
}

function hallText(hall) {
  const match = /^Hall (\d+)$/.exec(hall || '');
  return match ? t('venue.hall', { n: Number(match[1]) }) : hall || '';
}

function openingHours(pavilion) {
  const list = node('ul', 'meta');
  for (const entry of pavilion.openHours || []) {
    list.append(node('li', null, `${formatDay(entry.day)}: ${String(entry.opens).slice(0, 5)}–${String(entry.closes).slice(0, 5)}`));
  }
  return list;
}

function renderPavilion(pavilion, index) {
  const article = node('article', 'card pavilion');
  article.id = `pavilion-${pavilion.code}`;
  const heading = node('h3');
  heading.id = `pavilion-${pavilion.code}-title`;
  article.setAttribute('aria-labelledby', heading.id);
  const name = pick(pavilion, 'name');
  const main = node('span', null, name.text);
  setLangAttribute(main, name.lang);
  heading.append(main);
  const otherLang = name.lang === 'zh-CN' ? 'en' : 'zh-CN';
  const other = otherLang === 'en' ? pavilion.nameEn : pavilion.nameZh;
  if (other && other !== name.text) {
    const span = node('span', 'other-name', ` · ${other}`);
    span.lang = otherLang;
    heading.append(span);
  }
  article.append(heading);
  const info = node('div', 'pavilion-info');

  const about = node('p');
  if (hasText(`pavilion.${pavilion.code}.about`)) setText(about, `pavilion.${pavilion.code}.about`);
  else {
    setRaw(about, pavilion.theme || '');
    setLangAttribute(about, 'en');
  }
  info.append(about);

  const booths = pavilion.boothsByStatus || {};
  const facts = node('p', 'meta', t('venue.facts', {
    hall: hallText(pavilion.hall),
    area: formatNumber(pavilion.areaM2),
    free: booths.FREE || 0,
    held: booths.HELD || 0,
    assigned: booths.ASSIGNED || 0,
  }));
  const occupancy = node('p', 'meta', t('venue.occupancy', { inside: pavilion.occupancy, limit: pavilion.safeOccupancy }));
  const hoursTitle = node('p', 'meta', t('venue.openingHours'));
  info.append(facts, occupancy, hoursTitle, openingHours(pavilion));
  article.append(info);

  const figure = node('figure');
  const size = floorPlanSize(pavilion);
  const img = document.createElement('img');
  img.src = `/api/pavilions/${encodeURIComponent(pavilion.code)}/floorplan.svg`;
  img.width = size.width;
  img.height = size.height;
  img.decoding = 'async';
  // the first floor plan is drawn at once, the others as they come into view
  if (index > 0) img.loading = 'lazy';
  img.alt = t('venue.floorPlanAlt', { name: name.text });
  img.addEventListener('error', () => {
    const message = node('p', 'api-error', t('venue.floorPlanMissing'));
    img.replaceWith(message);
  }, { once: true });
  const caption = node('figcaption');
  const link = node('a', null, t('venue.floorPlanOpen'));
  link.href = img.src;
  caption.append(t('venue.floorPlanLegend'), ' ', link);
  figure.append(img, caption);
  article.append(figure);
  return article;
}

/** Without pavilion-service the page still names the seven pavilions. */
function renderFallback() {
  const list = node('ul', 'grid');
  for (const code of PAVILION_CODES) {
    const item = node('li', 'card pavilion');
    item.id = `pavilion-${code}`;
    const heading = node('h3');
    setText(heading, `pavilion.${code}`);
    const about = node('p');
    setText(about, `pavilion.${code}.about`);
    item.append(heading, about);
    list.append(item);
  }
  pavilionsBox.replaceChildren(list);
}

function renderPavilions() {
  if (!pavilions) return;
  const fragment = document.createDocumentFragment();
  [...pavilions.values()].sort(byExpoOrder).forEach((pavilion, index) => fragment.append(renderPavilion(pavilion, index)));
  pavilionsBox.replaceChildren(fragment);
  pavilionsBox.classList.remove('reserving');
}

async function loadPavilions() {
  const answer = await call('/api/pavilions');
  setRaw(pavilionsStatus, '');
  if (!answer.ok || !Array.isArray(answer.data)) {
    showLoadProblem(pavilionsError, 'venue.pavilionsDown', answer.problem);
    renderFallback();
    pavilionsBox.classList.remove('reserving');
    return;
  }
  pavilions = new Map(answer.data.map((pavilion) => [pavilion.code, pavilion]));
  renderPavilions();
  // the home page links to a pavilion by its anchor, which exists only now
  if (location.hash.startsWith('#pavilion-')) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

function renderSessions() {
  if (!sessions) return;
  const day = filterForm.elements.day.value;
  const kind = filterForm.elements.kind.value;
  const shown = sessions.filter((s) => (!kind || s.kind === kind) && (!day || s.startsAt.startsWith(day)));
  renderProgramme(sessionsBox, shown, pavilions, { headingLevel: 3 });
  setText(programmeStatus, shown.length ? 'programme.count' : 'programme.none', { count: shown.length });
}

async function loadSessions() {
  const result = await loadProgramme(call);
  if (!result.ok) {
    setRaw(programmeStatus, '');
    showLoadProblem(programmeError, 'venue.programmeDown', result.problem);
    return;
  }
  programmeError.replaceChildren();
  sessions = result.sessions;
  renderSessions();
}

function labelDays() {
  for (const option of filterForm.querySelectorAll('option[data-day]')) option.textContent = formatDay(option.dataset.day);
}

filterForm.addEventListener('change', renderSessions);
filterForm.addEventListener('submit', (event) => event.preventDefault());
onLanguageChange(() => {
  labelDays();
  renderPavilions();
  renderSessions();
});
labelDays();

await Promise.all([loadPavilions(), loadSessions()]);
// the programme's sessions name pavilions; once both are in, draw the programme with the pavilions' names
renderSessions();
// seats change while people reserve: refresh the programme every minute while the page is seen
setInterval(() => {
  if (document.visibilityState === 'visible') loadSessions();
}, 60000);
