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

const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
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

/** Reads the word starting at `i` of lower-cased `text`; returns its end. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWord(text.charCodeAt(j))) j++;
  return j;
}

/** Where the next word starts after `end`, if only a short gap of punctuation or space lies between. */
function nextWord(text: string, end: number): number {
  let j = end;
  while (j < text.length && j - end <= MAX_GAP && !isWord(text.charCodeAt(j))) j++;
  return j > end && j - end <= MAX_GAP && j < text.length ? j : -1;
}

function matchesRest(text: string, end: number, pattern: Pattern): boolean {
  let at = end;
  for (let k = 0; k < pattern.rest.length; k++) {
    const start = nextWord(text, at);
    if (start < 0) return false;
    const stop = wordEnd(text, start);
    const want = pattern.rest[k] as string;
    const last = k === pattern.rest.length - 1;
    const got = text.slice(start, stop);
    if (!(got === want || (last && pattern.star && got.startsWith(want)))) return false;
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
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isWord(c)) {
      i++;
      continue;
    }
    // Hash the word as we read it; strings are only compared on a hash hit (no allocation per word).
    let h = 0;
    let h3 = 0;
    let j = i;
    while (j < n && isWord(c)) {
      h = (Math.imul(h, 31) + c) | 0;
      j++;
      if (j - i === 3) h3 = h;
      c = lower.charCodeAt(j);
    }
    const { filter } = matcher;
    const patterns = filter[h & 0xffff] ? matcher.byFirst.get(h) : undefined;
    if (patterns) {
      for (const p of patterns) {
        const whole = p.first.length === j - i && lower.startsWith(p.first, i);
        const prefix = p.star && !p.rest.length && j - i > p.first.length && lower.startsWith(p.first, i);
        if ((whole || prefix) && matchesRest(lower, j, p)) found(p.entries);
      }
    }
    if (j - i >= 3 && filter[h3 & 0xffff]) {
      const bucket = matcher.prefixes.get(h3);
      if (bucket) for (const p of bucket) if (j - i >= p.first.length && lower.startsWith(p.first, i)) found(p.entries);
    }
    i = j;
  }
}
