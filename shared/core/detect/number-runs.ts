/**
 * One shared pass over the digits of a text: maximal runs of digit groups joined by one separator each, as people
 * type numbers (`4111 1111 1111 1111`, `07700-900123`, `12.34.56`, `(020) 7946 0123`). The card, phone, NHS, bank,
 * IP and address detectors all work from these runs instead of scanning the text again.
 */

/** A separator between two digit groups of a run. */
export type GroupSeparator = ' ' | '-' | '.' | '(' | ')';

/**
 * The digit groups of every number run of one text, in flat arrays shared by its runs (one table per detection call:
 * a run is one small object, not four, so a text with thousands of numbers leaves little for the garbage collector).
 */
export class NumberGroups {
  /** How many groups the table holds. */
  size = 0;
  starts: Int32Array;
  ends: Int32Array;
  /**
   * `seps[i]`: the character code of the separator joining group `i` to group `i + 1` of the same run (unused for a
   * run's last group). Codes in a typed array, not strings in an array: a write is a plain store (no write barrier,
   * no growth of its own), ~0.3 ms of a 5 MB pass.
   */
  seps: Uint8Array;

  /**
   * `capacity`: groups room is made for at first (the table doubles as it fills). Size it to the text: two 1024-slot
   * arrays were 40 % of detecting a subject line.
   */
  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.seps = new Uint8Array(capacity);
  }

  /** Appends a group (its separator to the next group is set with {@link joinLast}). */
  add(start: number, end: number): void {
    if (this.size === this.starts.length) {
      const starts = new Int32Array(this.size * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(this.size * 2);
      ends.set(this.ends);
      this.ends = ends;
      const seps = new Uint8Array(this.size * 2);
      seps.set(this.seps);
      this.seps = seps;
    }
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.seps[this.size] = 32;
    this.size++;
  }

  /** Sets how the last group added joins the next one (the separator's character code). */
  joinLast(sep: number): void {
    this.seps[this.size - 1] = sep;
  }

  /** Drops the groups from index `size` on (a run read but not kept); their slots are reused. */
  truncate(size: number): void {
    this.size = size;
  }
}

/**
 * A maximal run of digit groups. Group `g` (0-based, `g < count`) spans `[groupStart(g), groupEnd(g))`; `sep(g)` joins
 * it to group `g + 1` (`(`/`)` mean a bracket was part of the join). Out of range, each gives `undefined`.
 * `before` and `before2` are the codes of the two characters before the run (NaN before the text's start), read while
 * the digit pass had them at hand: the detectors' first test of every run reads them here, not in the text again.
 */
export class NumberRun {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly count: number,
    private readonly table: NumberGroups,
    private readonly first: number,
    readonly before: number,
    readonly before2: number,
  ) {}

  groupStart(g: number): number | undefined {
    return g >= 0 && g < this.count ? this.table.starts[this.first + g] : undefined;
  }

  groupEnd(g: number): number | undefined {
    return g >= 0 && g < this.count ? this.table.ends[this.first + g] : undefined;
  }

  sep(g: number): GroupSeparator | undefined {
    return g >= 0 && g < this.count - 1 ? SEPARATORS[this.table.seps[this.first + g]!] : undefined;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** {@link GroupSeparator} by character code (a no-break space is stored as a space). */
const SEPARATORS: readonly GroupSeparator[] = Array.from({ length: 47 }, (_, c) =>
  c === 40 ? '(' : c === 41 ? ')' : c === 45 ? '-' : c === 46 ? '.' : ' ',
);

/** The separator's code found by the last successful {@link nextGroupStart} (kept outside to avoid allocating tuples). */
let lastSep = 32;

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
      lastSep = a === 0xa0 ? 32 : a; // a no-break space joins as a space
      return i + 1;
    }
    if (a === 32 && b === 40 && isDigit(text.charCodeAt(i + 2))) {
      lastSep = 40;
      return i + 2;
    }
    return -1;
  }
  if (a === 41) {
    lastSep = 41;
    if (isDigit(b)) return i + 1;
    if ((b === 32 || b === 45) && isDigit(text.charCodeAt(i + 2))) return i + 2;
    return -1;
  }
  if (a === 40 && isDigit(b)) {
    lastSep = 40;
    return i + 1;
  }
  return -1;
}

/**
 * Reads the number run whose first digit is at `start` (digit groups joined by single separators), appends its groups
 * to `table` and returns where it ends. Linear in the run's length. The caller keeps it as a {@link NumberRun} or, when
 * too short to matter (times, dates, amounts), truncates the table back.
 */
export function readNumberRun(text: string, start: number, table: NumberGroups): number {
  let end = start;
  while (isDigit(text.charCodeAt(end))) end++;
  table.add(start, end);
  for (let g = nextGroupStart(text, end); g !== -1; g = nextGroupStart(text, end)) {
    table.joinLast(lastSep);
    end = g;
    while (isDigit(text.charCodeAt(end))) end++;
    table.add(g, end);
  }
  return end;
}

/** The digits of groups `from..to` (inclusive) of a run, without separators. */
export function runDigits(text: string, run: NumberRun, from: number, to: number): string {
  let out = '';
  for (let g = from; g <= to; g++) out += text.slice(run.groupStart(g), run.groupEnd(g));
  return out;
}
