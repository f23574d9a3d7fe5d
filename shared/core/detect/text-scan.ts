/**
 * What every detector reads: the normalised text plus passes shared between detectors, each computed at most once
 * per call and only when a detector asks (a `kinds` filter that needs no digits never scans for them):
 * - `numberRuns()`: digit runs of six or more characters (cards, phones, NHS, bank, NI, IPv4);
 * - `streetStarts()`: where a house number is followed by a capitalised word (postal addresses);
 * - `ibanChecks()`: two digits followed by four capitals (`29 NWBK`: an IBAN's check digits and bank code);
 * - `inwardCodes()`: a digit and two letters at a word end (`4AP`: a postcode's inward code);
 * - `windows(words, …)`: text windows around trigger words found by one keyword pass for all detectors.
 */
import type { KeywordHits, KeywordTrie } from './keyword-trie';
import { NumberGroups, NumberRun, readNumberRun } from './number-runs';

/** The normalised text and its shared passes. Offsets are into `text` (the normalised text). */
export interface TextScan {
  readonly text: string;
  numberRuns(): readonly NumberRun[];
  streetStarts(): readonly number[];
  ibanChecks(): readonly number[];
  inwardCodes(): readonly number[];
  /**
   * Windows `[from, to)` around each trigger in `words` (lower-case, as declared by detectors): `back` characters
   * before the trigger and `forward` after its start, merged where they overlap; only triggers `accept` takes, if given.
   */
  windows(
    words: ReadonlySet<string>,
    back: number,
    forward: number,
    accept?: (at: number) => boolean,
  ): readonly (readonly [number, number])[];
  /** Where each trigger in `words` starts, in order. `words` is a constant set: its id mask is kept per set. */
  hits(words: ReadonlySet<string>): readonly number[];
}

/**
 * One pass over the digits finds four things (the alternatives are tried in this order at each digit): a number run
 * of six or more characters, a house number before a capitalised word, IBAN check digits before a bank code, and a
 * postcode's inward code. The pass matches only the first digit (the rest is lookahead), so `test` serves and no match
 * object is built; which alternative it was is then read at that digit.
 */
const DIGIT_PASS = /\d(?=[\d .()\u00A0-]{5}|[A-Za-z]?,? [A-Z][a-z]|\d ?[A-Z]{4}|[ABD-HJLNP-UW-Z]{2}\b)/g;
const STREET_AT = /\d[A-Za-z]?,? [A-Z][a-z]/y;
const IBAN_AT = /\d\d ?[A-Z]{4}/y;

/** True when the five characters after `i` may continue a number run (digits, blanks, `.`, `(`, `)`, `-`). */
function runFollows(text: string, i: number): boolean {
  for (let k = i + 1; k <= i + 5; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || c === 32 || c === 46 || c === 40 || c === 41 || c === 45 || c === 0xa0)) return false;
  }
  return true;
}

/** Each trie's word-id masks, by the set of words asked for (detectors ask with the same constant sets every call). */
const masks = new WeakMap<KeywordTrie, WeakMap<ReadonlySet<string>, Uint8Array>>();

/** A mask over `triggers.words`: 1 for the ids of `words`. */
function wantedIds(triggers: KeywordTrie, words: ReadonlySet<string>): Uint8Array {
  let byWords = masks.get(triggers);
  if (byWords === undefined) {
    byWords = new WeakMap();
    masks.set(triggers, byWords);
  }
  let wanted = byWords.get(words);
  if (wanted === undefined) {
    wanted = new Uint8Array(triggers.words.length);
    for (const word of words) {
      const id = triggers.ids.get(word);
      if (id !== undefined) wanted[id] = 1;
    }
    byWords.set(words, wanted);
    const seen = askedSets(triggers);
    if (seen.sets.length < 32) {
      for (let id = 0; id < wanted.length; id++) if (wanted[id] === 1) seen.byWord[id]!.push(seen.sets.length);
      seen.sets.push(words);
    }
  }
  return wanted;
}

/** The word sets asked of a trie so far (first-asked order, at most 32) and, by word id, the indices of those holding it. */
interface AskedSets {
  readonly sets: ReadonlySet<string>[];
  readonly byWord: number[][];
}
const asked = new WeakMap<KeywordTrie, AskedSets>();

function askedSets(triggers: KeywordTrie): AskedSets {
  let seen = asked.get(triggers);
  if (seen === undefined) {
    seen = { sets: [], byWord: triggers.words.map(() => []) };
    asked.set(triggers, seen);
  }
  return seen;
}

/**
 * The hits of every set asked so far, in one pass (each hit goes to the sets holding its word): a long text's nine or
 * so `hits` calls then cost one pass over its hits, not one each (~0.6 ms of the 30 000 hits of a 5 MB text).
 */
function hitsBySet(hits: KeywordHits, seen: AskedSets): number[][] {
  const out = seen.sets.map((): number[] => []);
  const { positions, ids } = hits;
  for (let i = 0; i < positions.length; i++) {
    const holders = seen.byWord[ids[i]!]!;
    for (let k = 0; k < holders.length; k++) out[holders[k]!]!.push(positions[i]!);
  }
  return out;
}

/** Creates the shared scan state for one detection call; `triggers` is the registry's keyword trie. */
export function createTextScan(text: string, triggers: KeywordTrie): TextScan {
  let runs: NumberRun[] | null = null;
  let streets: number[] | null = null;
  let ibans: number[] = [];
  let inwards: number[] = [];
  let hits: KeywordHits | null = null;
  let bySet: number[][] | null = null;

  const digitsPass = (): void => {
    runs = [];
    const groups = new NumberGroups(Math.min(1024, 16 + (text.length >> 5))); // a group needs 2+ characters
    streets = [];
    ibans = [];
    inwards = [];
    DIGIT_PASS.lastIndex = 0;
    while (DIGIT_PASS.test(text)) {
      const at = DIGIT_PASS.lastIndex - 1;
      if (runFollows(text, at)) {
        const first = groups.size;
        const end = readNumberRun(text, at, groups);
        if (end - at >= 6) {
          const before = text.charCodeAt(at - 1); // read here, while at hand (see NumberRun.before)
          runs.push(new NumberRun(at, end, groups.size - first, groups, first, before, text.charCodeAt(at - 2)));
        } else groups.truncate(first);
        DIGIT_PASS.lastIndex = end; // the run may hold more than the match did ("4. 07700 900123")
        continue;
      }
      STREET_AT.lastIndex = at;
      IBAN_AT.lastIndex = at;
      if (STREET_AT.test(text)) {
        streets.push(at); // a house number before a capitalised word
        DIGIT_PASS.lastIndex = STREET_AT.lastIndex;
      } else if (IBAN_AT.test(text)) {
        ibans.push(at);
        DIGIT_PASS.lastIndex = IBAN_AT.lastIndex;
      } else {
        inwards.push(at); // the last alternative: a digit and two letters at a word end
        DIGIT_PASS.lastIndex = at + 3;
      }
    }
  };

  return {
    text,
    numberRuns() {
      if (runs === null) digitsPass();
      return runs!;
    },
    streetStarts() {
      if (streets === null) digitsPass();
      return streets!;
    },
    ibanChecks() {
      if (runs === null) digitsPass();
      return ibans;
    },
    inwardCodes() {
      if (runs === null) digitsPass();
      return inwards;
    },
    windows(words, back, forward, accept) {
      const out: [number, number][] = [];
      for (const at of this.hits(words)) {
        if (accept !== undefined && !accept(at)) continue;
        const from = Math.max(0, at - back);
        const to = Math.min(text.length, at + forward);
        const last = out[out.length - 1];
        if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
        else out.push([from, to]);
      }
      return out;
    },
    hits(words) {
      if (hits === null) hits = triggers.find(text);
      const wanted = wantedIds(triggers, words);
      const { positions, ids } = hits;
      if (positions.length >= 256) {
        const seen = askedSets(triggers);
        const k = seen.sets.indexOf(words);
        if (bySet === null && k !== -1) bySet = hitsBySet(hits, seen);
        if (bySet !== null && k !== -1 && k < bySet.length) return bySet[k]!; // shared: callers only read it
      }
      const out: number[] = [];
      for (let i = 0; i < positions.length; i++) if (wanted[ids[i]!] === 1) out.push(positions[i]!);
      return out;
    },
  };
}

/**
 * Runs the global regex `re` over each window (as its own string, so a search never runs past the window) and calls
 * `found` with each match's offset in `text`. `found` may return an offset in `text` before which later matches are
 * skipped (a value already consumed).
 */
export function forEachMatch(
  text: string,
  windows: readonly (readonly [number, number])[],
  re: RegExp,
  found: (at: number, m: RegExpExecArray) => number | undefined,
): void {
  let skipTo = 0;
  for (const [from, to] of windows) {
    const window = text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(window); m !== null; m = re.exec(window)) {
      if (m[0].length === 0) re.lastIndex++;
      const at = from + m.index;
      if (at < skipTo) continue;
      const next = found(at, m);
      if (next !== undefined) skipTo = Math.max(skipTo, next);
    }
  }
}

/** Start of the space-delimited token that ends at or holds `i` (at most 24 characters back). */
function tokenStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < 24) {
    const c = text.charCodeAt(s - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) break;
    s--;
  }
  return s;
}

/**
 * Runs the sticky regex `label` at each trigger position and at the starts of up to `backWords` words before it
 * (labels such as "card security code" end in their trigger), earliest first; calls `found` with the first match that
 * reaches the trigger (its start and end: the label is `text.slice(at, end)`). Bounded work per trigger, so linear overall. `found` may return an offset to skip to.
 */
export function forEachLabel(
  text: string,
  positions: readonly number[],
  label: RegExp,
  backWords: number,
  found: (at: number, end: number) => number | undefined,
): void {
  let skipTo = 0;
  const starts: number[] = []; // reused: entries past `count` are stale (no `length = 0`, which drops the storage)
  for (const p of positions) {
    if (p < skipTo) continue;
    let count = 0;
    let s = tokenStart(text, p);
    starts[count++] = p;
    if (s < p) starts[count++] = s;
    for (let k = 0; k < backWords && s > 0; k++) {
      let e = s;
      while (e > 0 && s - e < 3 && text.charCodeAt(e - 1) === 32) e--;
      if (e === s || e === 0) break;
      s = tokenStart(text, e);
      starts[count++] = s;
    }
    for (let k = count - 1; k >= 0; k--) {
      const at = starts[k]!;
      if (at < skipTo) continue;
      label.lastIndex = at;
      if (!label.test(text) || label.lastIndex <= p) continue; // `test`: no match object, the end is `lastIndex`
      const next = found(at, label.lastIndex);
      if (next !== undefined) skipTo = Math.max(skipTo, next);
      break;
    }
  }
}
