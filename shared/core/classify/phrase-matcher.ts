/**
 * Finds a policy's rule phrases in a text with one trie-shaped regular expression, ASCII case-insensitive
 * (linear: literal characters and bounded separators, no nested repetition). Phrase syntax (CategoryRulesSchema):
 * case-insensitive whole words; words may be separated by a short run of spaces or punctuation (`wi-fi`, `wi fi`;
 * `won't`, `won’t`); a phrase written with `-` or `'` also matches its joined form (`wifi`, `wont`); a trailing `*`
 * matches any word ending (`chargeback*` → chargebacks). Where phrases overlap, the longest at a place counts.
 */
import { phraseTrie } from './phrase-trie';

/** One phrase owned by one category. */
export interface PhraseEntry {
  readonly phrase: string;
  readonly category: number;
}

/** A compiled set of phrases. */
export interface PhraseMatcher {
  readonly regex: RegExp;
  /** Normalised phrase (words joined by one space) → the entries it stands for. */
  readonly whole: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Phrases ending in `*`: normalised stem → entries. */
  readonly stems: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Matched text (as the regex found it) → the entry lists it stands for; filled as texts are scanned. */
  readonly resolved: Map<string, readonly (readonly PhraseEntry[])[]>;
}

/** Bound on `resolved`, so scanning many different texts cannot grow it without end. */
const RESOLVED_MAX = 4096;

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A phrase's words, lower-case, joined by one space (`Wi-Fi` → "wi fi"): how phrases and names compare. */
export const phraseKey = (phrase: string): string => words(phrase).join(' ');

/** Compiles phrases (each tagged with its category index) into one matcher. */
export function compilePhrases(entries: readonly PhraseEntry[]): PhraseMatcher {
  const whole = new Map<string, PhraseEntry[]>();
  const stems = new Map<string, PhraseEntry[]>();
  const add = (tokens: string[], star: boolean, entry: PhraseEntry) => {
    if (!tokens.length) return;
    const table = star ? stems : whole;
    const key = tokens.join(' ');
    const known = table.get(key) ?? [];
    if (!known.includes(entry)) known.push(entry);
    table.set(key, known);
  };
  for (const entry of entries) {
    const star = entry.phrase.trim().endsWith('*');
    add(words(entry.phrase), star, entry);
    // `wi-fi` and `won't` are also written `wifi` and `wont`.
    if (/[-'’]/.test(entry.phrase)) add(words(entry.phrase.replace(/[-'’]/g, '')), star, entry);
  }
  const regex = phraseTrie([
    ...[...whole.keys()].map((text) => ({ text, stem: false })),
    ...[...stems.keys()].map((text) => ({ text, stem: true })),
  ]);
  return { regex, whole, stems, resolved: new Map() };
}

/**
 * Calls `found` once per occurrence of a phrase in `text` (or, with `distinct`, once per phrase however often it
 * occurs), with the entries that phrase stands for.
 */
export function matchPhrases(
  matcher: PhraseMatcher,
  text: string,
  found: (entries: readonly PhraseEntry[]) => void,
  distinct = false,
): void {
  // Distinct: a text seen before is skipped at once; "Wi-Fi" after "wi fi" is the same phrase's entry list.
  const seen = distinct ? new Set<string>() : undefined;
  const seenLists = distinct ? new Set<readonly PhraseEntry[]>() : undefined;
  // One `match` call returns every matched text (a global regex): no match object a phrase for the collector.
  const matched = text.match(matcher.regex) ?? [];
  for (const raw of matched) {
    if (seen) {
      if (seen.has(raw)) continue;
      seen.add(raw);
    }
    for (const entries of resolve(matcher, raw)) {
      if (seenLists) {
        if (seenLists.has(entries)) continue;
        seenLists.add(entries);
      }
      found(entries);
    }
  }
}

/** The entry lists a matched text stands for: its whole phrase, and every stem its last word starts with. */
function resolve(matcher: PhraseMatcher, raw: string): readonly (readonly PhraseEntry[])[] {
  const known = matcher.resolved.get(raw);
  if (known) return known;
  const key = raw.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const lists: (readonly PhraseEntry[])[] = [];
  const exact = matcher.whole.get(key);
  if (exact) lists.push(exact);
  // A stem covers every word but the last, and a prefix of the last one.
  for (let end = key.lastIndexOf(' ') + 2; end <= key.length; end++) {
    const stem = matcher.stems.get(key.slice(0, end));
    if (stem) lists.push(stem);
  }
  if (matcher.resolved.size >= RESOLVED_MAX) matcher.resolved.clear();
  matcher.resolved.set(raw, lists);
  return lists;
}
