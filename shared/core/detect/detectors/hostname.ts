/**
 * Host names of computers and servers (remote support needs them; they identify a person's machine):
 * - internal names under private suffixes: `fileserver01.corp.local`, `srv-dc1.internal`, `nas.home.arpa`;
 * - labelled names: "computer name: RECEPTION-PC", "hostname is ws-0042";
 * - Windows/NetBIOS-style names: `ACME-PC-042`, `DESKTOP-7F3K2QH`, `SRV-DC01` (upper case, a host word in it);
 * - UNC paths: `\\FILESERVER01\share`.
 * Public web addresses are `url`, and an email's domain belongs to the email (overlap rule).
 */
import { isAlnum } from '../context';
import type { Detector } from '../detector';
import { forEachLabel, forEachMatch, type TextScan } from '../text-scan';
import { couldBeHostLabel, HOST_LABEL, hasHostWordParts, readHostToken } from './hostname-parts';

const HOST_LABEL_AT = new RegExp(HOST_LABEL.source, 'iy');

const INTERNAL_SUFFIX = /\.(?:local|lan|internal|intranet|corp|localdomain|home\.arpa)\b/gi;
const SUFFIX_WORDS = ['local', 'lan', 'internal', 'intranet', 'corp', 'localdomain', 'arpa'];
/** Every host label has one of these ("computer name", "hostname", "server: …"); "the laptop is LAPTOP-7F3K2QH"
 * is caught as a NetBIOS-style name instead, so that common words like "laptop" and "PC" need no window. */
const LABEL_WORDS = ['name', 'host', 'server'];
const SUFFIXES: ReadonlySet<string> = new Set(SUFFIX_WORDS);
const LABELS: ReadonlySet<string> = new Set(LABEL_WORDS);

function isHostChar(c: number): boolean {
  return isAlnum(c) || c === 45 || c === 46 || c === 95;
}

function findInternal(scan: TextScan, emit: (s: number, e: number, c: number) => void): void {
  const text = scan.text;
  let done = 0;
  // A suffix follows a dot: a trigger word with no dot before it ("local time", "corporate") needs no window.
  const windows = scan.windows(SUFFIXES, 6, 20, (p) => text.charCodeAt(p - 1) === 46);
  forEachMatch(text, windows, INTERNAL_SUFFIX, (at, m) => {
    let s = at;
    while (s > done && at - s < 200 && isHostChar(text.charCodeAt(s - 1))) s--;
    let e = at + m[0].length;
    while (e < text.length && e - s < 253 && isHostChar(text.charCodeAt(e))) e++;
    while (e > s && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    done = e;
    const prev = text.charCodeAt(s - 1);
    // `@corp.local` is an email's domain; `//intranet.corp` a URL's host (both covered by those findings).
    if (s < at && prev !== 64 && text.charCodeAt(s) !== 46) emit(s, e, 0.85);
    return e;
  });
}

function findNetbiosNames(text: string, emit: (s: number, e: number, c: number) => void): void {
  let done = 0;
  for (let h = text.indexOf('-'); h !== -1; h = text.indexOf('-', h + 1)) {
    if (h < done) continue;
    const a = text.charCodeAt(h - 1);
    const b = text.charCodeAt(h + 1);
    if (!((a >= 65 && a <= 90) || (a >= 48 && a <= 57)) || !((b >= 65 && b <= 90) || (b >= 48 && b <= 57))) continue;
    let s = h;
    while (s > 0 && h - s < 20 && isAlnum(text.charCodeAt(s - 1))) s--;
    let e = h + 1;
    // A machine name is upper case and holds a host word: a lower-case letter, or no letter at all (dates, phone
    // numbers), rules the token out before any copy.
    let lower = false;
    let letter = false;
    for (; e < text.length && e - s < 30; e++) {
      const c = text.charCodeAt(e);
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) letter = true;
      else if (!isAlnum(c) && c !== 45) break;
    }
    done = e;
    if (lower || e - s < 4 || e - s > 15) continue;
    for (let k = s; k < h && !lower; k++) {
      const c = text.charCodeAt(k);
      lower = c >= 97;
      if (c >= 65) letter = true;
    }
    if (
      lower ||
      !letter ||
      isHostChar(text.charCodeAt(s - 1)) ||
      (text.charCodeAt(e) === 46 && isAlnum(text.charCodeAt(e + 1)))
    )
      continue;
    // The token is ASCII without a lower-case letter and 4–15 long (checked above): isHostWordName's other checks.
    if (hasHostWordParts(text, s, e)) emit(s, e, 0.8);
  }
}

function findLabelled(scan: TextScan, emit: (s: number, e: number, c: number) => void): void {
  const text = scan.text;
  const near = scan.hits(LABELS).filter((p) => couldBeHostLabel(text, p));
  forEachLabel(text, near, HOST_LABEL_AT, 2, (at, end) => {
    const token = readHostToken(text, end, /name/i.test(text.slice(at, end)));
    if (token === null) return undefined;
    emit(token[0], token[1], 0.9);
    return token[1];
  });
}

function findUnc(text: string, emit: (s: number, e: number, c: number) => void): void {
  for (let i = text.indexOf('\\\\'); i !== -1; i = text.indexOf('\\\\', i + 2)) {
    let e = i + 2;
    while (e < text.length && e - i < 66 && isHostChar(text.charCodeAt(e))) e++;
    if (e - i > 3 && text.charCodeAt(e) === 92 && !/^\d+(?:\.\d+){3}$/.test(text.slice(i + 2, e))) emit(i + 2, e, 0.9);
  }
}

/** The hostname detector. */
export const hostnameDetector: Detector = {
  kind: 'hostname',
  triggers: [...SUFFIX_WORDS, ...LABEL_WORDS],
  detect(scan, emit) {
    const text = scan.text;
    findInternal(scan, emit);
    findNetbiosNames(text, emit);
    findLabelled(scan, emit);
    findUnc(text, emit);
  },
  positives: [
    { text: 'Please map \\\\FILESERVER01\\shared for her.', match: 'FILESERVER01' },
    { text: 'it is joined as fileserver01.corp.local now', match: 'fileserver01.corp.local' },
    { text: 'Computer name: RECEPTION-PC', match: 'RECEPTION-PC' },
    { text: 'Remote onto ACME-PC-042 after 6pm.', match: 'ACME-PC-042' },
    { text: 'the DC is srv-dc1.internal', match: 'srv-dc1.internal' },
    { text: 'my hostname is ws0042, thanks', match: 'ws0042' },
  ],
  negatives: [
    'See https://www.example.com for details.',
    'Ticket INC0012345 about COVID-19 and UTF-8 encoding.',
    'The server is down again.',
    'Write to admin@corp.local please',
    'SHA-256 and ISO-27001 are standards.',
  ],
};
