/**
 * Spelled-out email addresses: `jane dot doe at example dot com`, `jane [at] example [dot] com`, `jane(at)example.com`.
 * Each `at` token is checked by bounded parsing on both sides (a few words at most), so the pass is linear.
 */
import { isAlnum } from '../context';
import type { Emit } from '../detector';

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

/** Finds spelled-out addresses and reports them (confidence 0.85). */
export function findSpelledEmails(text: string, emit: Emit): void {
  AT.lastIndex = 0;
  for (let m = AT.exec(text); m !== null; m = AT.exec(text)) {
    const spaced = m[0].charCodeAt(0) <= 32;
    // A bracketed `[at]` may have one space either side; the spaced form's match already holds its spaces.
    const atStart = !spaced && text.charCodeAt(m.index - 1) === 32 ? m.index - 1 : m.index;
    const rawEnd = m.index + m[0].length;
    const atEnd = !spaced && text.charCodeAt(rawEnd) === 32 ? rawEnd + 1 : rawEnd;
    const domain = parseDomain(text, atEnd);
    if (domain === null || !TLDS.has(domain.tld)) continue;
    if (spaced && !domain.spelled) continue; // "at example.com" in prose is a website, not an address
    const local = parseLocal(text, atStart);
    if (local === -1 || PROSE.has(text.slice(local, atStart).toLowerCase())) continue;
    emit(local, domain.end, 0.85);
    AT.lastIndex = domain.end;
  }
}
