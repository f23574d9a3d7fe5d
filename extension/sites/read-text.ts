/**
 * Reading a site's DOM as text: dates as shown, addresses inside display text, normalised textContent. Never HTML.
 */

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e]/g;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const CLOCK = /(\d{1,2}):(\d{2})/;
const DAY_MONTH_YEAR = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/;
const MONTH_DAY_YEAR = /([A-Za-z]{3})[a-z]*\s+(\d{1,2}),?\s+(\d{4})/;
const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const CLOCK_ONLY = /^\D{0,4}\d{1,2}:\d{2}$/;
/** Outlook's list row title, "Thu 12/03/2026 10:02": read in one match (the general path gives the same instant). */
const WEEKDAY_DMY_CLOCK = /^[A-Za-z]{3} (\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Parses a date the sites show ("Thu 12/03/2026 10:02", "Thu, 12 Mar 2026, 10:02", ISO) into ISO 8601, or null. */
export function parseShownDate(text: string | null | undefined, now: Date): string | null {
  return parseDate(text, now);
}

/**
 * Like {@link parseShownDate}, but only for a text that names its day itself (day, month and year, or ISO): a clock
 * alone ("10:02", "Tue 10:02") is read against no clock and gives null, so the result never depends on when it is read.
 */
export function parseAbsoluteDate(text: string | null | undefined): string | null {
  return parseDate(text, null);
}

/** `now` dates a clock-only text (today at that time); null refuses clock-only texts. */
function parseDate(text: string | null | undefined, now: Date | null): string | null {
  if (!text) return null;
  // Hundreds of list rows are read at a time: the patterns above are built once, not per call.
  const t = text.replace(BIDI_MARKS, '').trim();
  const row = WEEKDAY_DMY_CLOCK.exec(t);
  if (row) {
    return new Date(
      Date.UTC(Number(row[3]), Number(row[2]) - 1, Number(row[1]), Number(row[4]), Number(row[5])),
    ).toISOString();
  }
  if (ISO_DAY.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  const time = CLOCK.exec(t);
  const hh = time ? Number(time[1]) : 0;
  const mm = time ? Number(time[2]) : 0;
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const mon = MONTHS.indexOf(m[2]!.toLowerCase());
    if (mon >= 0) return new Date(Date.UTC(Number(m[3]), mon, Number(m[1]), hh, mm)).toISOString();
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const mon = MONTHS.indexOf(m[1]!.toLowerCase());
    if (mon >= 0) return new Date(Date.UTC(Number(m[3]), mon, Number(m[2]), hh, mm)).toISOString();
  }
  m = SLASHED.exec(t);
  if (m) return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), hh, mm)).toISOString();
  if (now && time && CLOCK_ONLY.test(t)) {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hh, mm)).toISOString();
  }
  return null;
}

// White space that needs collapsing: a run of two or more, or one character that is not a plain space.
const LOOSE_SPACE = /\s{2}|[^\S ]/;
const SPACE_RUNS = /\s+/g;

/** Normalised text of an element: textContent with runs of white space collapsed (never innerHTML). */
export function textOf(el: Element | null | undefined): string {
  return normalizeText(el?.textContent ?? '');
}

/** A text with runs of white space collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  // Most list text has single spaces only: test first, and build a new string only when something needs collapsing.
  return (LOOSE_SPACE.test(text) ? text.replace(SPACE_RUNS, ' ') : text).trim();
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
