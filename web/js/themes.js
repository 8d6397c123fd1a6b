// Themes exhibitors and products name (free text in the API, English as the expo uses them), shown translated.
import { t, hasText, setText, setRaw } from './i18n.js';
import { PAVILION_CODES } from './expo.js';

/** The themes offered when applying; the API accepts any, these are the expo's own. */
export const EXHIBITOR_THEMES = [
  'Artificial Intelligence', 'Cloud Computing', 'Internet of Everything', 'Data Security', 'Sharing Economy',
  'Poverty Alleviation', '5G', 'Blockchain', 'Smart City', 'Supercomputing', 'Government Data', 'Data Centre',
  'Chips', 'Smart Devices', 'Virtual Reality', 'Augmented Reality', 'Autonomous Driving', 'Healthcare',
  'Education', 'Logistics', 'E-commerce', 'Belt and Road',
];

/** A theme's name in the page's language when the dictionary knows it; else as the exhibitor wrote it. */
export function putTheme(element, value) {
  if (hasText(`xtheme.${value}`)) setText(element, `xtheme.${value}`);
  else setRaw(element, value);
}

export function themeLabel(value) {
  return hasText(`xtheme.${value}`) ? t(`xtheme.${value}`) : value;
}

/** Tags for a list of themes. */
export function themeTags(themes) {
  const fragment = document.createDocumentFragment();
  for (const value of themes || []) {
    const tag = document.createElement('span');
    tag.className = 'tag';
    putTheme(tag, value);
    fragment.append(tag, ' ');
  }
  return fragment;
}

/** Fills the pavilion choices of every select.pavilion-select with the seven pavilions' names. */
export function fillPavilionSelects(root = document) {
  for (const select of root.querySelectorAll('select.pavilion-select')) {
    for (const code of PAVILION_CODES) {
      const option = document.createElement('option');
      option.value = code;
      setText(option, `pavilion.${code}`);
      select.append(option);
    }
  }
}
