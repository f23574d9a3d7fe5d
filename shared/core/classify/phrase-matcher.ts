/**
 * Finds a policy's rule phrases in a text in one pass over its words (linear; no regular expressions over the
 * text, so 1 MB costs a few milliseconds). Phrase syntax (CategoryRulesSchema): case-insensitive whole words;
 * words may be separated by any short run of spaces or punctuation (`wi-fi`, `wi fi`; `won't`, `won’t`), a phrase
 * written with `-` or `'` also matches its joined form (`wifi`, `wont`), and a trailing `*` matches any word
 * ending (`chargeback*` → chargebacks).
 */

/** One phrase owned by one category. */
export interface PhraseEntry {
  readonly phrase: string;
  readonly category: number;
}

interface Pattern {
  readonly first: string;
  /** Words after the first. */
  readonly rest: readonly string[];
  /** The last word is a prefix (`*`). */
  readonly star: boolean;
  readonly entries: readonly PhraseEntry[];
}

/** A compiled set of phrases, keyed by a hash of their first word (or first three letters, for `word*`). */
export interface PhraseMatcher {
  /** Hash of the first word → patterns starting with it. */
  readonly byFirst: ReadonlyMap<number, readonly Pattern[]>;
  /** Hash of the first three letters → single-word prefixes (`refund*`) starting with them. */
  readonly prefixes: ReadonlyMap<number, readonly Pattern[]>;
  /** A filter over the low 16 bits of every key: most words skip the map lookups. */
  readonly filter: Uint8Array;
}

const hashOf = (word: string): number => {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
};

/** Most punctuation and space allowed between two words of a phrase. */
const MAX_GAP = 3;

/** ASCII code → its lower-case word character, or 0 for a separator (non-ASCII letters separate words too). */
const WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD[c] = c;
for (let c = 97; c <= 122; c++) WORD[c] = c;
for (let c = 65; c <= 90; c++) WORD[c] = c + 32;
const wordAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? (WORD[c] as number) : 0;
};
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Compiles phrases (each tagged with its category index) into one matcher. */
export function compilePhrases(entries: readonly PhraseEntry[]): PhraseMatcher {
  const byKey = new Map<string, { tokens: string[]; star: boolean; entries: PhraseEntry[] }>();
  const add = (tokens: string[], star: boolean, entry: PhraseEntry) => {
    if (!tokens.length) return;
    const key = `${tokens.join(' ')}${star ? '*' : ''}`;
    const known = byKey.get(key) ?? { tokens, star, entries: [] };
    if (!known.entries.includes(entry)) known.entries.push(entry);
    byKey.set(key, known);
  };
  for (const entry of entries) {
    const star = entry.phrase.trim().endsWith('*');
    add(words(entry.phrase), star, entry);
    // `wi-fi` and `won't` are also written `wifi` and `wont`.
    if (/[-'’]/.test(entry.phrase)) add(words(entry.phrase.replace(/[-'’]/g, '')), star, entry);
  }
  const byFirst = new Map<number, Pattern[]>();
  const prefixes = new Map<number, Pattern[]>();
  const filter = new Uint8Array(0x10000);
  for (const { tokens, star, entries: owned } of byKey.values()) {
    const [first = '', ...rest] = tokens;
    const pattern = { first, rest, star, entries: owned };
    // A one-word prefix shorter than three letters is looked up as a whole word.
    const table = star && !rest.length && first.length >= 3 ? prefixes : byFirst;
    const key = hashOf(table === prefixes ? first.slice(0, 3) : first);
    table.set(key, [...(table.get(key) ?? []), pattern]);
    filter[key & 0xffff] = 1;
  }
  return { byFirst, prefixes, filter };
}

/** Where the word starting at `i` ends. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && wordAt(text, j)) j++;
  return j;
}

/** True when the text from `start` spells `word` (case-insensitively), as a whole word or, with `prefix`, a start. */
function spells(text: string, start: number, end: number, word: string, prefix: boolean): boolean {
  const length = end - start;
  if (prefix ? length < word.length : length !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (wordAt(text, start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Where the next word starts after `end`, if only a short gap of punctuation or space lies between. */
function nextWord(text: string, end: number): number {
  let j = end;
  while (j < text.length && j - end <= MAX_GAP && !wordAt(text, j)) j++;
  return j > end && j - end <= MAX_GAP && j < text.length ? j : -1;
}

function matchesRest(text: string, end: number, pattern: Pattern): boolean {
  let at = end;
  for (let k = 0; k < pattern.rest.length; k++) {
    const start = nextWord(text, at);
    if (start < 0) return false;
    const stop = wordEnd(text, start);
    const last = k === pattern.rest.length - 1;
    if (!spells(text, start, stop, pattern.rest[k] as string, last && pattern.star)) return false;
    at = stop;
  }
  return true;
}

/** Calls `found` once per occurrence of a phrase in `text`, with the entries that phrase stands for. */
export function matchPhrases(
  matcher: PhraseMatcher,
  text: string,
  found: (entries: readonly PhraseEntry[]) => void,
): void {
  const { filter, byFirst, prefixes } = matcher;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    // Hash the word as it is read; strings are compared only on a hash hit (no allocation per word).
    const start = i;
    let h = 0;
    let h3 = 0;
    do {
      h = (Math.imul(h, 31) + w) | 0;
      i++;
      if (i - start === 3) h3 = h;
      w = wordAt(text, i);
    } while (w);
    if (filter[h & 0xffff]) {
      for (const p of byFirst.get(h) ?? []) {
        const oneWordPrefix = p.star && !p.rest.length;
        if (spells(text, start, i, p.first, oneWordPrefix) && matchesRest(text, i, p)) found(p.entries);
      }
    }
    if (i - start >= 3 && filter[h3 & 0xffff]) {
      for (const p of prefixes.get(h3) ?? []) if (spells(text, start, i, p.first, true)) found(p.entries);
    }
  }
}
