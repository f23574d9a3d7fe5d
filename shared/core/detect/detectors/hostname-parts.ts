/**
 * Parts of the hostname detector: the host words that make an upper-case hyphenated token a machine name, and the
 * labels ("computer name", "hostname", "server") that introduce one.
 */
import { isAlnum } from '../context';

/** Words that name a machine's role in Windows/NetBIOS-style names (`ACME-PC-042`, `SRV-DC01`, `DESKTOP-7F3K2QH`). */
const HOST_WORDS = new Set(
  'PC LAPTOP DESKTOP WIN SRV SVR SERVER DC WS WKS NAS FS SQL DB EXCH RDS TS HOST VM NB LT MAC MBP PRN PRINTER FW RTR AP HV HYPERV ESX ESXI APP WEB MAIL FILE FILESERVER BACKUP BKP TILL POS KIOSK'.split(
    ' ',
  ),
);

/** {@link HOST_WORDS} by length (a part is compared in place with the words of its length: no copy). */
const WORDS_BY_LENGTH: string[][] = [];
for (const w of HOST_WORDS) {
  const words = WORDS_BY_LENGTH[w.length] || [];
  words.push(w);
  WORDS_BY_LENGTH[w.length] = words;
}

/** True when `text[s, e)` is one of {@link HOST_WORDS}. */
function isHostWordAt(text: string, s: number, e: number): boolean {
  const words = WORDS_BY_LENGTH[e - s];
  if (words === undefined) return false;
  for (const w of words) if (text.startsWith(w, s)) return true;
  return false;
}

/**
 * True when `text[s, e)` splits at `-` into 2–4 non-empty parts, one of them a host word with or without trailing
 * digits (`SRV01` → `SRV`). Read in place (the token is not copied or split).
 */
export function hasHostWordParts(text: string, s: number, e: number): boolean {
  let parts = 0;
  let found = false;
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i < e && text.charCodeAt(i) !== 45) continue;
    if (i === from || ++parts > 4) return false; // an empty part, or a fifth
    if (!found) {
      let end = i;
      while (end > from && text.charCodeAt(end - 1) >= 48 && text.charCodeAt(end - 1) <= 57) end--;
      found = isHostWordAt(text, from, i) || (end < i && isHostWordAt(text, from, end));
    }
    from = i + 1;
  }
  return parts >= 2 && found;
}

/** True for an upper-case hyphenated token (≤ 15 characters, 2–4 parts) with a host word in it: a machine name. */
export function isHostWordName(token: string): boolean {
  if (token.length < 4 || token.length > 15 || token !== token.toUpperCase()) return false;
  return hasHostWordParts(token, 0, token.length);
}

/** Labels that introduce a host name, case-insensitive. */
export const HOST_LABEL =
  /\b(?:(?:computer|pc|machine|device|host|server|workstation|laptop|desktop|netbios|system) ?name|hostname|(?:the )?(?:server|host|machine|pc|computer|laptop)(?= ?(?:is|:|=|-|called|named) ))\b/gi;

/** Machine words that may stand before "name" in a label ("computer name", "PC name"), lower-case. */
const NAMED = [
  'computer',
  'pc',
  'machine',
  'device',
  'host',
  'server',
  'workstation',
  'laptop',
  'desktop',
  'netbios',
  'system',
];
/** What may follow "host"/"server" in a label: "name", or (the lookahead of HOST_LABEL) is, `:`, `=`, `-`, called, named. */
const AFTER_HOST_WORD = ['name', ' name', 'is ', ': ', '= ', '- ', 'called ', 'named '];

/** The last letters of NAMED and the first characters of AFTER_HOST_WORD (codes, lower-case): quick tests before them. */
const NAMED_LAST: ReadonlySet<number> = new Set(NAMED.map((w) => w.charCodeAt(w.length - 1)));
const AFTER_FIRST: ReadonlySet<number> = new Set(AFTER_HOST_WORD.map((w) => w.charCodeAt(0)));

/** True when `text` holds `word` (lower-case ASCII) at `at`, ignoring the case of its letters. */
function hasAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * A necessary condition (read from HOST_LABEL; keep the two together) for a label to reach the trigger at `p` ("name",
 * "host" or "server", starting a word): "name" closes "<machine word> name"; "host"/"server" open "host name",
 * "hostname" or "the server is …". Triggers that fail it cannot yield a label, so no label match is tried for them.
 */
export function couldBeHostLabel(text: string, p: number): boolean {
  const first = text.charCodeAt(p) | 32;
  if (first === 110) {
    // Quick test first: a space, then the last letter of a machine word (`computer name`: r).
    if (text.charCodeAt(p - 1) !== 32 || !NAMED_LAST.has(text.charCodeAt(p - 2) | 32)) return false;
    return NAMED.some((w) => hasAt(text, p - 1 - w.length, w));
  }
  const e = p + (first === 104 ? 4 : 6); // host, server
  // Quick test first: what follows (after one space, if any) must start one of AFTER_HOST_WORD.
  const next = text.charCodeAt(e) === 32 ? text.charCodeAt(e + 1) : text.charCodeAt(e);
  if (!AFTER_FIRST.has(next >= 65 && next <= 90 ? next | 32 : next)) return false;
  return AFTER_HOST_WORD.some((w) => hasAt(text, e, w) || (text.charCodeAt(e) === 32 && hasAt(text, e + 1, w)));
}

const SEP = /^[ \t]*(?:[:=\u2013-]|is|called|named|was)?[ \t]*(?:(?:is|called|named)[ \t]*)?/i;
const NOT_A_HOST = new Set(
  'the a an down up not my our your it this that on off running offline online slow back fine ok working new old same one'.split(
    ' ',
  ),
);

/** Reads the host token after a label; `named` labels ("computer name") accept any name-like token. */
export function readHostToken(text: string, pos: number, named: boolean): [number, number] | null {
  const window = text.slice(pos, pos + 80);
  const sep = SEP.exec(window)?.[0] ?? '';
  const start = pos + sep.length;
  let e = start;
  while (
    e < text.length &&
    e - start < 64 &&
    (isAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 45 || text.charCodeAt(e) === 46 || text.charCodeAt(e) === 95)
  )
    e++;
  while (e > start && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
  const token = text.slice(start, e);
  if (token.length < 2 || NOT_A_HOST.has(token.toLowerCase())) return null;
  if (/^\d+(?:\.\d+)*$/.test(token)) return null; // an IP or a number, not a name
  const hostLike =
    /\d/.test(token) ||
    /-/.test(token) ||
    (token === token.toUpperCase() && /[A-Z]/.test(token)) ||
    token.includes('.');
  if (!hostLike && !(named && /[:=]/.test(sep))) return null;
  if (!/^[A-Za-z0-9]/.test(token)) return null;
  return [start, e];
}
