// Facts of the expo the site knows without asking an API: the days and the seven pavilions, in the expo's order.
import { t, hasText, pick, setLangAttribute } from './i18n.js';

export const EXPO_DAYS = ['2018-05-26', '2018-05-27', '2018-05-28', '2018-05-29'];

/** The six themed pavilions and the Belt and Road pavilion, as the demo floor plans name them. */
export const PAVILION_CODES = ['INT', 'DA', 'FT', 'DH', 'IE', 'DX', 'BR'];

/** Orders pavilions as the expo presents them; pavilions the site does not know come last, by code. */
export function byExpoOrder(a, b) {
  const ia = PAVILION_CODES.indexOf(a.code);
  const ib = PAVILION_CODES.indexOf(b.code);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.code.localeCompare(b.code);
}

/** A pavilion's name in the page's language: from the API's data when loaded, else from the dictionary. */
export function pavilionName(code, pavilions) {
  const pavilion = pavilions && pavilions.get(code);
  if (pavilion) return pick(pavilion, 'name');
  if (hasText(`pavilion.${code}`)) return { text: t(`pavilion.${code}`), lang: null };
  return { text: code || '', lang: null };
}

/** A pass by its name in the page's language, with its code (as printed on the badge) beside it. */
export function showCategory(element, name, code) {
  const main = document.createElement('span');
  main.textContent = name.text || code;
  setLangAttribute(main, name.lang);
  const parts = [main];
  if (name.text && code && name.text !== code) {
    const codeSpan = document.createElement('span');
    codeSpan.className = 'meta code';
    codeSpan.textContent = ` · ${code}`;
    parts.push(codeSpan);
  }
  element.replaceChildren(...parts);
}
