/**
 * What every detector reads: the normalised text plus passes shared between detectors, each computed at most once
 * per call and only when a detector asks (a `kinds` filter that needs no digits never scans for them):
 * - `numberRuns()`: digit runs of six or more characters (cards, phones, NHS, bank, NI, IPv4);
 * - `streetStarts()`: where a house number is followed by a capitalised word (postal addresses);
 * - `capitalDigits()`: each digit that follows a capital letter (postcodes, IBANs look back from it);
 * - `windows(words, …)`: text windows around trigger words found by one keyword pass for all detectors.
 */
import { type NumberRun, parseNumberRun } from './number-runs';

/** The normalised text and its shared passes. Offsets are into `text` (the normalised text). */
export interface TextScan {
  readonly text: string;
  numberRuns(): readonly NumberRun[];
  streetStarts(): readonly number[];
  capitalDigits(): readonly number[];
  /**
   * Windows `[from, to)` around each trigger in `words` (lower-case, as declared by detectors): `back` characters
   * before the trigger and `forward` after its start, merged where they overlap.
   */
  windows(words: ReadonlySet<string>, back: number, forward: number): readonly (readonly [number, number])[];
}

const DIGITS_OR_STREET = /\d[\d .()\u00A0-]{5,}|\d[A-Za-z]?,? [A-Z][a-z]/g;
const CAPITAL_DIGIT = /[A-Z]\d/g;

/** Creates the shared scan state for one detection call; `triggers` is the registry's keyword regex. */
export function createTextScan(text: string, triggers: RegExp): TextScan {
  let runs: NumberRun[] | null = null;
  let streets: number[] | null = null;
  let upper: number[] | null = null;
  let hits: { at: number; word: string }[] | null = null;

  const digitsPass = (): void => {
    runs = [];
    streets = [];
    DIGITS_OR_STREET.lastIndex = 0;
    for (let m = DIGITS_OR_STREET.exec(text); m !== null; m = DIGITS_OR_STREET.exec(text)) {
      const last = m[0].charCodeAt(m[0].length - 1);
      if (last >= 97 && last <= 122) {
        streets.push(m.index); // `\d[A-Za-z]?,? [A-Z][a-z]`: a house number before a capitalised word
        continue;
      }
      const run = parseNumberRun(text, m.index);
      if (run.end - run.start >= 6) runs.push(run);
      DIGITS_OR_STREET.lastIndex = run.end; // the match may hold more than this run ("4. 07700 900123")
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
    capitalDigits() {
      if (upper === null) {
        upper = [];
        CAPITAL_DIGIT.lastIndex = 0;
        while (CAPITAL_DIGIT.test(text)) upper.push(CAPITAL_DIGIT.lastIndex - 1);
      }
      return upper;
    },
    windows(words, back, forward) {
      if (hits === null) {
        hits = [];
        triggers.lastIndex = 0;
        for (let m = triggers.exec(text); m !== null; m = triggers.exec(text)) {
          hits.push({ at: m.index, word: m[0].toLowerCase() });
        }
      }
      const out: [number, number][] = [];
      for (const h of hits) {
        if (!words.has(h.word)) continue;
        const from = Math.max(0, h.at - back);
        const to = Math.min(text.length, h.at + forward);
        const last = out[out.length - 1];
        if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
        else out.push([from, to]);
      }
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
