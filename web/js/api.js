// Calls to the expo's APIs through the gateway (same origin). Every answer comes back as
// { ok, status, data, problem }: a problem is the RFC 9457 body, or one made here for network failures.

export const PROBLEM_BASE = 'https://problems.expo-suite.org/';
export const NETWORK_PROBLEM = 'network';

/** The last part of a problem's type URI, e.g. "category-full"; "gateway/..." for the gateway's own. */
export function problemSlug(problem) {
  const type = problem && typeof problem.type === 'string' ? problem.type : '';
  return type.startsWith(PROBLEM_BASE) ? type.slice(PROBLEM_BASE.length) : type;
}

/**
 * One request. Options: method, body (sent as JSON), bearer (a self-service secret), badge (a badge token),
 * idempotencyKey, accept (the media type wanted), as ('json' | 'blob'), fresh (revalidate the browser cache).
 */
export async function call(path, options = {}) {
  const headers = { Accept: `${options.accept || 'application/json'}, application/problem+json` };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.bearer) headers.Authorization = `Bearer ${options.bearer}`;
  if (options.badge) headers.Authorization = `Badge ${options.badge}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let response;
  try {
    response = await fetch(path, {
      method: options.method || 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      // personal answers are never kept; public lists are revalidated when asked to be fresh
      cache: options.bearer || options.badge ? 'no-store' : options.fresh ? 'no-cache' : 'default',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { ok: false, status: 0, data: null, problem: { type: NETWORK_PROBLEM, title: 'Network error' } };
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204) {
    try {
      if (response.ok && options.as === 'blob') {
        data = await response.blob();
      } else if (type.includes('json')) {
        data = await response.json();
      } else {
        await response.text();
      }
    } catch {
      data = null;
    }
  }
  if (response.ok) {
    return { ok: true, status: response.status, data, problem: null, headers: response.headers };
  }
  const problem = data && typeof data === 'object' ? data : { title: response.statusText };
  if (!problem.status) problem.status = response.status;
  return { ok: false, status: response.status, data: null, problem, headers: response.headers };
}

/** The secret in the page's fragment (e.g. "#rs_…"), only when it has the expected prefix. */
export function secretFromFragment(prefix) {
  const value = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
  return value.startsWith(prefix) && /^[A-Za-z0-9_\-.~]+$/.test(value) ? value : null;
}

/** A random key for one submission of a form; crypto.randomUUID needs a secure context, so there is a fallback. */
export function newIdempotencyKey() {
  if (globalThis.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The file name a Content-Disposition header offers, or the fallback. */
export function attachmentName(headers, fallback) {
  const value = headers && headers.get('Content-Disposition');
  const match = value && /filename="?([^";]+)"?/i.exec(value);
  return match ? match[1] : fallback;
}
