/**
 * One shared pass over the digits of a text: maximal runs of digit groups joined by one separator each, as people
 * type numbers (`4111 1111 1111 1111`, `07700-900123`, `12.34.56`, `(020) 7946 0123`). The card, phone, NHS, bank,
 * IP and address detectors all work from these runs instead of scanning the text again.
 */

/** A separator between two digit groups of a run. */
export type GroupSeparator = ' ' | '-' | '.' | '(' | ')';

/** A maximal run of digit groups. Group `i` spans `[starts[i], ends[i])`; `seps[i]` joins group `i` to `i + 1`. */
export interface NumberRun {
  readonly start: number;
  readonly end: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Separators between groups: `seps.length === starts.length - 1`. `(`/`)` mean a bracket was part of the join. */
  readonly seps: readonly GroupSeparator[];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The separator found by the last successful {@link nextGroupStart} (kept outside to avoid allocating tuples). */
let lastSep: GroupSeparator = ' ';

/**
 * Reads the join after a group ending at `i`: returns the next group's start (setting `lastSep`), or -1.
 * Accepted joins: one of ` ` (or a no-break space), `-`, `.`, or a bracket side such as `) `, ` (`, `(`, `)`
 * (for `(0)` and `(020) `).
 */
function nextGroupStart(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (a === 32 || a === 45 || a === 46 || a === 0xa0) {
    if (isDigit(b)) {
      lastSep = a === 45 ? '-' : a === 46 ? '.' : ' ';
      return i + 1;
    }
    if (a === 32 && b === 40 && isDigit(text.charCodeAt(i + 2))) {
      lastSep = '(';
      return i + 2;
    }
    return -1;
  }
  if (a === 41) {
    lastSep = ')';
    if (isDigit(b)) return i + 1;
    if ((b === 32 || b === 45) && isDigit(text.charCodeAt(i + 2))) return i + 2;
    return -1;
  }
  if (a === 40 && isDigit(b)) {
    lastSep = '(';
    return i + 1;
  }
  return -1;
}

const scratchStarts: number[] = [];
const scratchEnds: number[] = [];
const scratchSeps: GroupSeparator[] = [];

/** How many groups the last {@link measureNumberRun} found (their bounds are in the scratch arrays). */
let scratchCount = 0;

/**
 * Reads the number run whose first digit is at `start` (digit groups joined by single separators) and returns where
 * it ends; its groups stay in scratch arrays until {@link lastNumberRun} or the next call. Linear in the run's length,
 * and allocates nothing: most runs the digit pass meets are too short to keep (times, dates, amounts).
 */
export function measureNumberRun(text: string, start: number): number {
  let end = start;
  while (isDigit(text.charCodeAt(end))) end++;
  scratchStarts[0] = start;
  scratchEnds[0] = end;
  let n = 1;
  for (let g = nextGroupStart(text, end); g !== -1; g = nextGroupStart(text, end)) {
    scratchSeps[n - 1] = lastSep;
    scratchStarts[n] = g;
    end = g;
    while (isDigit(text.charCodeAt(end))) end++;
    scratchEnds[n++] = end;
  }
  scratchCount = n;
  return end;
}

/** The run last read by {@link measureNumberRun}, copied out of the scratch arrays at its exact size. */
export function lastNumberRun(): NumberRun {
  const n = scratchCount;
  const run = {
    start: scratchStarts[0]!,
    end: scratchEnds[n - 1]!,
    starts: scratchStarts.slice(0, n),
    ends: scratchEnds.slice(0, n),
    seps: scratchSeps.slice(0, n - 1),
  };
  if (n > 1024) {
    scratchStarts.length = 0; // do not keep an adversarial run's arrays alive
    scratchEnds.length = 0;
    scratchSeps.length = 0;
  }
  return run;
}

/** The digits of groups `from..to` (inclusive) of a run, without separators. */
export function runDigits(text: string, run: NumberRun, from: number, to: number): string {
  let out = '';
  for (let g = from; g <= to; g++) out += text.slice(run.starts[g], run.ends[g]);
  return out;
}
