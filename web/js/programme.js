// The programme (sessions with seats left), grouped by expo day; shared by the venue page and the manage page.
import { setText, setRaw, pick, setLangAttribute, formatDay, formatTime, expoDayOf } from './i18n.js';
import { pavilionName } from './expo.js';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** "412 of 600 seats left" or "Full", bound to the dictionary so a language switch rewrites it. */
export function showSeats(node, session) {
  node.classList.toggle('full', session.seatsLeft <= 0);
  if (session.seatsLeft <= 0) setText(node, 'programme.full', { capacity: session.seatCapacity });
  else setText(node, 'programme.seatsLeft', { left: session.seatsLeft, capacity: session.seatCapacity });
}

/**
 * Draws the sessions into container, one heading per day. decorate(session, item) may add controls to a session
 * (the manage page adds the seat buttons). headingLevel is the level of the day headings.
 */
export function renderProgramme(container, sessions, pavilions, { decorate, headingLevel = 3 } = {}) {
  const byDay = new Map();
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id)) {
    const day = expoDayOf(session.startsAt);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(session);
  }
  const fragment = document.createDocumentFragment();
  for (const [day, list] of byDay) {
    const group = element('section', 'day-group');
    const heading = element(`h${headingLevel}`, null, formatDay(day));
    heading.id = `day-${day}`;
    group.setAttribute('aria-labelledby', heading.id);
    group.append(heading);
    const items = element('ul', 'results');
    for (const session of list) {
      const item = element('li', 'session');
      item.id = `session-${session.id}`;
      item.dataset.session = String(session.id);
      const when = element('p', 'session-time');
      when.append(`${formatTime(session.startsAt)}–${formatTime(session.endsAt)} · `);
      const kind = element('span');
      setText(kind, `kind.${session.kind}`);
      when.append(kind);
      const title = element(`h${headingLevel + 1}`);
      const picked = pick(session, 'title');
      setRaw(title, picked.text);
      setLangAttribute(title, picked.lang);
      title.id = `session-${session.id}-title`;
      item.setAttribute('aria-labelledby', title.id);
      const place = element('p', 'meta');
      const pavilion = pavilionName(session.pavilionCode, pavilions);
      const pavilionSpan = element('span', null, pavilion.text);
      setLangAttribute(pavilionSpan, pavilion.lang);
      place.append(pavilionSpan);
      if (session.stage) {
        const stage = element('span', null, ` · ${session.stage}`);
        setLangAttribute(stage, 'en');
        place.append(stage);
      }
      item.append(when, title, place);
      if (Array.isArray(session.speakers) && session.speakers.length) {
        const speakers = element('p', 'meta');
        const label = element('span');
        setText(label, 'programme.speakers');
        const names = element('span', null, ` ${session.speakers
          .map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join('; ')}`);
        setLangAttribute(names, 'en');
        speakers.append(label, names);
        item.append(speakers);
      }
      const seats = element('p', 'seats');
      seats.id = `session-${session.id}-seats`;
      showSeats(seats, session);
      item.append(seats);
      if (decorate) decorate(session, item);
      items.append(item);
    }
    group.append(items);
    fragment.append(group);
  }
  container.replaceChildren(fragment);
  return byDay.size;
}

/** All sessions of the programme (the API pages them; the expo's programme fits in a few pages). */
export async function loadProgramme(call) {
  const sessions = [];
  for (let page = 0; page < 20; page += 1) {
    const answer = await call(`/api/sessions?size=200&page=${page}`, { fresh: true });
    if (!answer.ok) return { ok: false, problem: answer.problem, sessions };
    const items = answer.data && Array.isArray(answer.data.items) ? answer.data.items : [];
    sessions.push(...items);
    if (sessions.length >= (answer.data.total || 0) || items.length === 0) break;
  }
  return { ok: true, sessions };
}
