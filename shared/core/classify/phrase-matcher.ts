/**
 * Finds a policy's rule phrases in a text. Each phrase is anchored on its longest (rarest) word; one trie-shaped
 * regular expression finds the anchors (linear, no backtracking) and each hit is checked word by word around it.
 * Phrase syntax (CategoryRulesSchema): case-insensitive whole words; words may be separated by a short run of spaces
 * or punctuation (`wi-fi`, `wi fi`; `won't`, `won’t`); a phrase written with `-` or `'` also matches its joined form
 * (`wifi`, `wont`); a trailing `*` matches any word ending (`chargeback*` → chargebacks).
 */
import { wordTrie } from './word-trie';

/** One phrase owned by one category. */
export interface PhraseEntry {
  readonly phrase: string;
  readonly category: number;
}

interface Pattern {
  readonly tokens: readonly string[];
  /** Index of the anchor word in `tokens`. */
  readonly anchor: number;
  /** The last word is a prefix (`*`). */
  readonly star: boolean;
  readonly entries: readonly PhraseEntry[];
}

/** A compiled set of phrases. */
export interface PhraseMatcher {
  /** Finds words that begin with any phrase's anchor word. */
  readonly starts: RegExp;
  /** Anchor word → the patterns anchored on it. */
  readonly byAnchor: ReadonlyMap<string, readonly Pattern[]>;
  /** Anchors that are a prefix (`refund` of `refund*`): they also match longer words. */
  readonly stems: readonly string[];
}

/** Words too frequent to anchor a phrase on when it has a rarer one. */
const COMMON = new Set(
  (
    'a about all also an and any are as at be been but by can could do does for from get had has have here how i if ' +
    'in is it its just left me more my new no not now of off on one or our out please so some take than that the ' +
    'their them then there they this to up us was we what when which who why will with would you your'
  ).split(' '),
);

/** Most punctuation and space allowed between two words of a phrase. */
const MAX_GAP = 3;

const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
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
  const byAnchor = new Map<string, Pattern[]>();
  const stems = new Set<string>();
  for (const { tokens, star, entries: owned } of byKey.values()) {
    // Anchor on the word least likely to occur elsewhere: the longest that is not a common English word.
    const rank = (t: string) => (COMMON.has(t) ? 0 : 100) + t.length;
    let anchor = tokens.length - 1;
    tokens.forEach((t, i) => {
      if (rank(t) > rank(tokens[anchor] as string)) anchor = i;
    });
    const word = tokens[anchor] as string;
    byAnchor.set(word, [...(byAnchor.get(word) ?? []), { tokens, anchor, star, entries: owned }]);
    if (star && anchor === tokens.length - 1) stems.add(word);
  }
  return { starts: wordTrie(byAnchor.keys(), stems), byAnchor, stems: [...stems] };
}

/** Where the word starting at `i` ends. */
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

/** Where the word before `start` begins, if only a short gap of punctuation or space lies between. */
function previousWord(text: string, start: number): number {
  let j = start - 1;
  while (j >= 0 && start - 1 - j < MAX_GAP && !isWord(text.charCodeAt(j))) j--;
  if (j < 0 || j === start - 1 || !isWord(text.charCodeAt(j))) return -1;
  while (j > 0 && isWord(text.charCodeAt(j - 1))) j--;
  return j;
}

/** True when `text[start, end)` is `want` (or, with `prefix`, starts with it): compared in place, no copy. */
function spells(text: string, start: number, end: number, want: string, prefix: boolean): boolean {
  const length = end - start;
  if (prefix ? length < want.length : length !== want.length) return false;
  for (let k = 0; k < want.length; k++) if (text.charCodeAt(start + k) !== want.charCodeAt(k)) return false;
  return true;
}

/** True when the words around the anchor at `[start, end)` complete the pattern. */
function matchesAround(text: string, start: number, end: number, p: Pattern): boolean {
  const last = p.tokens.length - 1;
  let at = end;
  for (let k = p.anchor + 1; k <= last; k++) {
    const from = nextWord(text, at);
    if (from < 0) return false;
    const to = wordEnd(text, from);
    if (!spells(text, from, to, p.tokens[k] as string, k === last && p.star)) return false;
    at = to;
  }
  at = start;
  for (let k = p.anchor - 1; k >= 0; k--) {
    const from = previousWord(text, at);
    if (from < 0 || !spells(text, from, wordEnd(text, from), p.tokens[k] as string, false)) return false;
    at = from;
  }
  return true;
}

/** Calls `found` once per occurrence of a phrase in `text`, with the entries that phrase stands for. */
export function matchPhrases(
  matcher: PhraseMatcher,
  text: string,
  found: (entries: readonly PhraseEntry[]) => void,
): void {
  const { starts, byAnchor, stems } = matcher;
  // Lower-cased once (offsets here are only used within this text), so the regex needs no `i` flag.
  const lower = text.toLowerCase();
  starts.lastIndex = 0;
  // `test` finds the next anchor without allocating a match; the anchor's word contains the match's last character.
  while (starts.test(lower)) {
    let start = starts.lastIndex - 1;
    while (start > 0 && isWord(lower.charCodeAt(start - 1))) start--;
    const end = wordEnd(lower, start);
    const word = lower.slice(start, end);
    for (const p of byAnchor.get(word) ?? []) if (matchesAround(lower, start, end, p)) found(p.entries);
    const first = word.charCodeAt(0);
    for (const stem of stems) {
      if (stem.charCodeAt(0) !== first || word.length <= stem.length || !word.startsWith(stem)) continue;
      for (const p of byAnchor.get(stem) ?? []) {
        if (p.star && p.anchor === p.tokens.length - 1 && matchesAround(lower, start, end, p)) found(p.entries);
      }
    }
    starts.lastIndex = Math.max(end, start + 1);
  }
}
