/**
 * Spelled-out email addresses: `jane dot doe at example dot com`, `jane [at] example [dot] com`, `jane(at)example.com`.
 * Each `at` token is checked by bounded parsing on both sides (a few words at most), so the pass is linear.
 */
import { isAlnum } from '../context';
import type { Emit } from '../detector';
import { forEachMatch, type TextScan } from '../text-scan';

const AT = /[[({]\s?at\s?[\])}]|[ \t]at[ \t]/gi;
const DOT = /^(?:\s?[[({]\s?dot\s?[\])}]\s?|[ \t]dot[ \t]|\.)/i;
const DOT_BACK = /(?:\s?[[({]\s?dot\s?[\])}]\s?|[ \t]dot[ \t]|\.)$/i;
const TLDS = new Set(
  'com net org uk io info biz me eu de fr ie us gov edu co app dev online email cloud ai ca au nl es it tech ltd plc scot wales london nhs ac'.split(
    ' ',
  ),
);
/** Words that read as prose before " at " ("meet me at …"); a spelled address never has them as its local part. */
const PROSE = new Set(
  'be is are was were am me us you him her them it here there look looked arrive arrived meet available reach stay live lives work works based or and to email mail contact we i back home out up in on off him message text'.split(
    ' ',
  ),
);

function wordEnd(text: string, i: number): number {
  let e = i;
  while (
    e < text.length &&
    e - i < 64 &&
    (isAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 95 || text.charCodeAt(e) === 45)
  )
    e++;
  return e;
}

function wordStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < 64 && (isAlnum(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 95)) s--;
  return s;
}

/** Parses `label (dot label)+` from `i`; returns its end and last label, or null. */
function parseDomain(text: string, i: number): { end: number; tld: string; spelled: boolean } | null {
  let end = wordEnd(text, i);
  if (end === i) return null;
  let tld = '';
  let spelled = false;
  for (let labels = 1; labels < 6; labels++) {
    const m = DOT.exec(text.slice(end, end + 10));
    if (m === null) break;
    const next = wordEnd(text, end + m[0].length);
    if (next === end + m[0].length) break;
    if (m[0] !== '.') spelled = true;
    tld = text.slice(end + m[0].length, next).toLowerCase();
    end = next;
  }
  return tld === '' ? null : { end, tld, spelled };
}

/** Parses the local part backwards from `i` (exclusive): `word ((dot|.|_) word)*`; returns its start or -1. */
function parseLocal(text: string, i: number): number {
  let start = wordStart(text, i);
  if (start === i) return -1;
  for (let words = 1; words < 5; words++) {
    const m = DOT_BACK.exec(text.slice(Math.max(0, start - 10), start));
    if (m === null) break;
    const prevEnd = start - m[0].length;
    const prevStart = wordStart(text, prevEnd);
    if (prevStart === prevEnd) break;
    start = prevStart;
  }
  return start;
}

/** A spelled address has a spelled `dot` or a bracketed `at` (a bare " at " alone is not enough). */
export const SPELLED_TRIGGERS: readonly string[] = ['dot'];
const BRACKETED_AT = /[[({] ?at ?[\])}]$/gi;

/** Windows around spelled dots (trigger words) and bracketed ats (their own quick pass: brackets are rare). */
export function spelledEmailWindows(scan: TextScan, words: ReadonlySet<string>): [number, number][] {
  const windows = scan.windows(words, 80, 80).map(([a, b]) => [a, b] as [number, number]);
  const text = scan.text;
  // Closing brackets are rare in prose: find them with indexOf and look back for `[at]`, `(at)`, `{ at }`.
  for (const close of [')', ']', '}']) {
    for (let i = text.indexOf(close); i !== -1; i = text.indexOf(close, i + 1)) {
      BRACKETED_AT.lastIndex = 0;
      if (i >= 3 && BRACKETED_AT.test(text.slice(Math.max(0, i - 5), i + 1))) {
        windows.push([Math.max(0, i - 80), Math.min(text.length, i + 80)]);
      }
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}

/** Finds spelled-out addresses inside `windows` and reports them (confidence 0.85). */
export function findSpelledEmails(text: string, windows: readonly (readonly [number, number])[], emit: Emit): void {
  forEachMatch(text, windows, AT, (at, m) => {
    const spaced = m[0].charCodeAt(0) <= 32;
    // A bracketed `[at]` may have one space either side; the spaced form's match already holds its spaces.
    const atStart = !spaced && text.charCodeAt(at - 1) === 32 ? at - 1 : at;
    const rawEnd = at + m[0].length;
    const atEnd = !spaced && text.charCodeAt(rawEnd) === 32 ? rawEnd + 1 : rawEnd;
    const domain = parseDomain(text, atEnd);
    if (domain === null || !TLDS.has(domain.tld)) return undefined;
    if (spaced && !domain.spelled) return undefined; // "at example.com" in prose is a website, not an address
    const local = parseLocal(text, atStart);
    if (local === -1 || PROSE.has(text.slice(local, atStart).toLowerCase())) return undefined;
    emit(local, domain.end, 0.85);
    return domain.end;
  });
}
