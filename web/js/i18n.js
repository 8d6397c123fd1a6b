// The site's two languages: every text in English and Simplified Chinese, in one dictionary.
// Static texts carry data-i18n="key" (text) or data-i18n-attr="attribute:key;…"; texts set from code are bound the
// same way (setText), so switching the language re-translates the whole page at once without touching what was typed.
import { TEXTS } from './texts.js';

const STORAGE_KEY = 'expo.lang';
export const LANGUAGES = ['en', 'zh-CN'];
const EXPO_ZONE = 'Asia/Shanghai';

let current = 'en';
const listeners = new Set();

/** The page's language: "en" or "zh-CN". */
export function lang() {
  return current;
}

export function isChinese() {
  return current === 'zh-CN';
}

/** Intl locale for dates and numbers: British English writes "26 May 2018". */
function locale() {
  return current === 'zh-CN' ? 'zh-CN' : 'en-GB';
}

/** The text of a key in the page's language, with {placeholders} filled in (numbers formatted). */
export function t(key, params) {
  const entry = TEXTS[key];
  let text = entry ? (current === 'zh-CN' ? entry.zh : entry.en) : key;
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (whole, name) => {
      if (!(name in params)) return whole;
      const value = params[name];
      return typeof value === 'number' ? formatNumber(value) : String(value);
    });
  }
  return text;
}

export function hasText(key) {
  return Object.prototype.hasOwnProperty.call(TEXTS, key);
}

/** Puts a translated text into an element and remembers the key, so a language switch translates it again. */
export function setText(element, key, params) {
  if (!element) return;
  element.dataset.i18n = key;
  if (params) element.dataset.i18nArgs = JSON.stringify(params);
  else delete element.dataset.i18nArgs;
  element.textContent = t(key, params);
}

/** Puts a text that is not ours (an API's message, a name) into an element; a language switch leaves it alone. */
export function setRaw(element, text) {
  if (!element) return;
  delete element.dataset.i18n;
  delete element.dataset.i18nArgs;
  element.textContent = text == null ? '' : String(text);
}

/** Translates every bound element under root. */
export function applyTranslations(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    let params;
    if (element.dataset.i18nArgs) {
      try {
        params = JSON.parse(element.dataset.i18nArgs);
      } catch {
        params = undefined;
      }
    }
    element.textContent = t(element.dataset.i18n, params);
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      if (attribute && key) element.setAttribute(attribute, t(key));
    }
  }
}

/** Runs fn now and after every language switch (for lists built from API data). */
export function onLanguageChange(fn) {
  listeners.add(fn);
}

/** Switches the page's language at once and remembers the choice. */
export function setLanguage(next, remember = true) {
  if (!LANGUAGES.includes(next)) return;
  current = next;
  document.documentElement.lang = next;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode or storage disabled: the choice lasts for this page only
    }
  }
  applyTranslations(document);
  for (const button of document.querySelectorAll('.lang-switch')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === next));
  }
  for (const fn of listeners) fn(next);
}

/** The remembered choice; on a first visit the browser's languages decide (Chinese first, otherwise English). */
export function initialLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(saved)) return saved;
  } catch {
    // no storage: decide from the browser
  }
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  for (const tag of preferred) {
    const lower = String(tag).toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Sets the language of the page and wires the language switch. */
export function initLanguage() {
  for (const button of document.querySelectorAll('.lang-switch')) {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  }
  setLanguage(initialLanguage(), false);
}

// ---- texts from the APIs in two languages --------------------------------------------------------------------

/** Picks the English or Chinese variant of a field pair (nameEn/nameZh), falling back to the other one. */
export function pick(object, base) {
  if (!object) return { text: '', lang: current };
  const en = object[`${base}En`];
  const zh = object[`${base}Zh`];
  if (current === 'zh-CN') return zh ? { text: zh, lang: 'zh-CN' } : { text: en || '', lang: 'en' };
  return en ? { text: en, lang: 'en' } : { text: zh || '', lang: 'zh-CN' };
}

/** Shows a name pair in the page's language with the right lang attribute. */
export function putPicked(element, object, base) {
  const { text, lang: language } = pick(object, base);
  setRaw(element, text);
  setLangAttribute(element, language);
}

/** A lang attribute where the text's language differs from the page's, so fonts and screen readers get it right. */
export function setLangAttribute(element, language) {
  if (language && language !== current) element.lang = language;
  else element.removeAttribute('lang');
}

/** Chinese characters in a text people entered (a name, an organization): zh-CN, else nothing is claimed. */
export function scriptLanguage(text) {
  return /\p{Script=Han}/u.test(text || '') ? 'zh-CN' : null;
}

/**
 * The language a text people wrote is most likely in, where it differs from the page's: Chinese characters are
 * Chinese; Latin letters on the Chinese page are taken as English (the expo's other language). Null: as the page.
 */
export function textLanguage(text) {
  if (/\p{Script=Han}/u.test(text || '')) return current === 'zh-CN' ? null : 'zh-CN';
  if (current === 'zh-CN' && /\p{Script=Latin}/u.test(text || '')) return 'en';
  return null;
}

/** Puts a person's text into an element, with a lang attribute when it is not in the page's language. */
export function putPersonal(element, text) {
  setRaw(element, text || '');
  const language = textLanguage(text);
  if (language) element.lang = language;
  else element.removeAttribute('lang');
}

// ---- dates, times, numbers, countries ------------------------------------------------------------------------

export function formatNumber(value) {
  return new Intl.NumberFormat(locale()).format(value);
}

/** An expo day (ISO date) such as "Saturday 26 May 2018" / "2018年5月26日星期六". */
export function formatDay(isoDate, style = 'long') {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const options = style === 'short'
    ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
    : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(), options).format(date);
}

/** Several expo days as one phrase: "Saturday 26 May 2018 and Sunday 27 May 2018". */
export function formatDayList(isoDates, style = 'long') {
  const days = (isoDates || []).map((day) => formatDay(day, style));
  try {
    return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(days);
  } catch {
    return days.join(current === 'zh-CN' ? '、' : '; ');
  }
}

/** A time of day in Guiyang, e.g. "14:00". */
export function formatTime(isoDateTime) {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: EXPO_ZONE }).format(date);
}

/** A moment in Guiyang time, e.g. "27 May 2018, 14:00". */
export function formatMoment(isoDateTime) {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime || '';
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: EXPO_ZONE,
  }).format(date);
}

/** The expo day (ISO date in Guiyang) of a moment. */
export function expoDayOf(isoDateTime) {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: EXPO_ZONE }).format(date);
}

let regionNames = null;
let regionNamesLanguage = null;

/** A country's or region's name in the page's language, from its ISO code. */
export function countryName(code) {
  if (!code) return '';
  try {
    if (regionNamesLanguage !== current) {
      regionNames = new Intl.DisplayNames([locale()], { type: 'region' });
      regionNamesLanguage = current;
    }
    return regionNames.of(code) || code;
  } catch {
    return code;
  }
}

/** Sorts texts the way the page's language does (pinyin order for Chinese). */
export function compareText(a, b) {
  return a.localeCompare(b, locale());
}
