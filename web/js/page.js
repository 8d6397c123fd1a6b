// What every page does: its language and language switch, the current navigation link, country lists, copy buttons.
import { initLanguage, setText } from './i18n.js';
import { fillCountrySelects } from './countries.js';

function markCurrentLink() {
  const here = location.pathname === '/' ? '/index.html' : location.pathname;
  for (const link of document.querySelectorAll('.site-nav a')) {
    const target = new URL(link.href, location.href).pathname;
    if ((target === '/' ? '/index.html' : target) === here) link.setAttribute('aria-current', 'page');
  }
}

/** "Copy the link" buttons: data-copy names the link whose address is copied. */
function wireCopyButtons() {
  for (const button of document.querySelectorAll('button.copy-link')) {
    button.addEventListener('click', async () => {
      const link = document.getElementById(button.dataset.copy);
      const status = button.parentElement.querySelector('.copy-status');
      if (!link) return;
      try {
        await navigator.clipboard.writeText(link.href);
        setText(status, 'common.copied');
      } catch {
        // no clipboard (an insecure origin or a refusal): select the link's text for the person to copy
        const range = document.createRange();
        range.selectNodeContents(link);
        const selection = getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        setText(status, 'common.copySelect');
      }
    });
  }
}

/** A new element with its class and, when given, its text (set as text, never as markup). */
export function node(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text != null) element.textContent = text;
  return element;
}

/** Prepares the page; call once from the page's module. */
export function startPage() {
  initLanguage();
  markCurrentLink();
  fillCountrySelects();
  wireCopyButtons();
}
