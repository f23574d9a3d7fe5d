/**
 * Reading a site's DOM as text: dates as shown, addresses inside display text, normalised textContent. Never HTML.
 */

/** Parses a date the sites show ("Thu 12/03/2026 10:02", "Thu, 12 Mar 2026, 10:02", ISO) into ISO 8601, or null. */
export function parseShownDate(text: string | null | undefined, now: Date): string | null {
  if (!text) return null;
  const t = text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  const months = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
  const time = /(\d{1,2}):(\d{2})/.exec(t);
  const hh = time ? Number(time[1]) : 0;
  const mm = time ? Number(time[2]) : 0;
  let m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(t);
  if (m) {
    const mon = months.indexOf(m[2]!.toLowerCase());
    if (mon >= 0) return new Date(Date.UTC(Number(m[3]), mon, Number(m[1]), hh, mm)).toISOString();
  }
  m = /([A-Za-z]{3})[a-z]*\s+(\d{1,2}),?\s+(\d{4})/.exec(t);
  if (m) {
    const mon = months.indexOf(m[1]!.toLowerCase());
    if (mon >= 0) return new Date(Date.UTC(Number(m[3]), mon, Number(m[2]), hh, mm)).toISOString();
  }
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t);
  if (m) return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), hh, mm)).toISOString();
  if (time && /^\D{0,4}\d{1,2}:\d{2}$/.test(t)) {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hh, mm)).toISOString();
  }
  return null;
}

/** Normalised text of an element: textContent with runs of white space collapsed (never innerHTML). */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Pulls the first e-mail address out of a text such as "Ada Lovelace <ada@example.com>". */
export function addressIn(text: string | null | undefined): string {
  const m = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(text ?? '');
  return m ? m[0].toLowerCase() : '';
}

/** Every distinct e-mail address in a text, lower-cased, in order. */
export function addressesIn(text: string | null | undefined): string[] {
  const all = (text ?? '').match(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) ?? [];
  return [...new Set(all.map((a) => a.toLowerCase()))];
}
