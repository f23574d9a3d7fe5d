/**
 * Web addresses written as links: `https://…`, `http://…`, `ftp://…` and `www.…`. Trailing sentence punctuation and
 * an unmatched closing bracket are not part of the link. A link carrying an email address, a token or a personal
 * identifier in its query is more likely personal data than a plain link and gets a higher confidence.
 */
import { isAlnum, isLetter } from '../context';
import type { Detector } from '../detector';

/** A link from its start (`http://`, `https://`, `ftp://`, `www.`), read to the first space or bracket-like stop. */
const LINK = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`]+/iy;
/** Where a `www.` link may start, in any case. */
const WWW = /www\./gi;
/** A query parameter name that says who someone is or lets them in (read between a `?` `&` `#` and its `=`). */
const PERSONAL_NAME = /mail|user|name|token|session|id|phone|dob|code/i;

/** Trailing punctuation a link does not end in: `.,;:!?'")]}>`. */
const TRAILING = new Set('.,;:!?\'")]}>'.split('').map((c) => c.charCodeAt(0)));

/** Where the link `text[start, end)` ends without trailing punctuation; a closing bracket stays when it closes one in the link. */
function trimEnd(text: string, start: number, end: number): number {
  let open = 0;
  let close = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  let e = end;
  while (e > start && TRAILING.has(text.charCodeAt(e - 1))) {
    if (text.charCodeAt(e - 1) === 41) {
      if (close <= open) break;
      close--;
    }
    e--;
  }
  return e;
}

/** Where the host of the link `text[start, end)` starts: after `<letters>://`, else at the start. */
function hostStart(text: string, start: number, end: number): number {
  let r = start;
  while (r < end && isLetter(text.charCodeAt(r))) r++;
  return r > start && r + 3 <= end && text.startsWith('://', r) ? r + 3 : start;
}

/** Where the host starting at `from` ends: at the first `/` `?` `#` `:` before `end`, else at `end`. */
function hostEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 58) return i;
  }
  return end;
}

/** What `/[a-z0-9-]\.[a-z]{2,}$/i` tells of the host `text[from, to)`, read in place: it ends in a dot and 2+ letters. */
function endsInDomain(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && isLetter(text.charCodeAt(k - 1))) k--;
  if (to - k < 2 || k - 2 < from || text.charCodeAt(k - 1) !== 46) return false;
  const c = text.charCodeAt(k - 2);
  return isAlnum(c) || c === 45;
}

/**
 * True when the link `text[from, to)` may carry someone's details: an `@` or `%40`, or a parameter whose name (from a
 * `?` `&` `#` to the next `=`, with no `&` between) has a {@link PERSONAL_NAME} word (`?email=`, `&user_id=`). One
 * pass: each name is read once, from the first `?` `#` or `&` before its `=` (a later one only shortens it).
 */
function personalQuery(text: string, from: number, to: number): boolean {
  let name = -1; // where the current parameter's name starts (after its `?` `#` `&`), -1 for none
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return true; // @
    if (c === 37 && text.charCodeAt(i + 1) === 52 && text.charCodeAt(i + 2) === 48 && i + 2 < to) return true; // %40
    if (c === 61) {
      if (name >= 0 && PERSONAL_NAME.test(text.slice(name, i))) return true;
      name = -1;
    } else if (c === 38 || ((c === 63 || c === 35) && name < 0)) name = i + 1;
  }
  return false;
}

/** The URL detector. */
export const urlDetector: Detector = {
  kind: 'url',
  detect(scan, emit) {
    const text = scan.text;
    let done = 0;
    const tryAt = (start: number): void => {
      if (start < done || isAlnum(text.charCodeAt(start - 1))) return;
      LINK.lastIndex = start;
      if (!LINK.test(text)) return; // `test`: the link is text[start, lastIndex), read in place (no copies)
      done = LINK.lastIndex;
      const end = trimEnd(text, start, done);
      const from = hostStart(text, start, end);
      const to = hostEnd(text, from, end);
      if (!endsInDomain(text, from, to) && !/^localhost$|^\d+\.\d+\.\d+\.\d+$|^\[/i.test(text.slice(from, to))) return;
      emit(start, end, personalQuery(text, start, end) ? 0.9 : 0.7);
    };
    // `://` is rare in prose, so indexOf finds those link starts far faster than a regex scan.
    const starts: number[] = [];
    for (let i = text.indexOf('://'); i !== -1; i = text.indexOf('://', i + 3)) {
      const s = i - (text.charCodeAt(i - 1) === 115 || text.charCodeAt(i - 1) === 83 ? 5 : 4);
      if (s >= 0) starts.push(s, i - 3);
    }
    // One case-insensitive regex pass for `www.` (three `indexOf` passes, one per spelling, cost more), merged with
    // the `://` starts (both lists ascend: no sort).
    WWW.lastIndex = 0;
    let k = 0;
    while (WWW.test(text)) {
      const w = WWW.lastIndex - 4;
      while (k < starts.length && starts[k]! <= w) tryAt(starts[k++]!);
      tryAt(w);
    }
    while (k < starts.length) tryAt(starts[k++]!);
  },
  positives: [
    { text: 'See https://www.example.com/account?id=42.', match: 'https://www.example.com/account?id=42' },
    { text: 'portal (www.example.org/login) is down', match: 'www.example.org/login' },
    {
      text: 'reset link: http://example.co.uk/reset?email=jane%40example.com',
      match: 'http://example.co.uk/reset?email=jane%40example.com',
    },
  ],
  negatives: [
    'Use the www. prefix when typing it.',
    'The protocol is https:// and nothing else.',
    'See example.com for more.',
  ],
};
