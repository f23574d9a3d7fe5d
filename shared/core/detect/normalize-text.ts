/**
 * The normalisation pass: undoes what people (and mail clients) do to text that would hide personal data from the
 * detectors, while keeping a map back to the original offsets.
 *
 * - zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are removed;
 * - full-width ASCII (U+FF01..U+FF5E, e.g. `０７７００`) becomes ASCII, the ideographic space a space;
 * - no-break and figure spaces become spaces; Unicode dashes and the minus sign become `-`.
 *
 * Every kept character maps to exactly one original UTF-16 unit, so a span `[s, e)` of the normalised text maps back
 * to `[map[s], map[e - 1] + 1)` of the original (see {@link toOriginalSpan}).
 */

/** The normalised text and, when it differs from the original, the offset map back to it. */
export interface NormalizedText {
  readonly text: string;
  /** `map[i]` = offset in the original text of normalised unit `i`; `null` when the text needed no change. */
  readonly map: Int32Array | null;
}

/**
 * Characters above U+00FF the pass changes. Kept apart from U+00A0/U+00AD so that, on the common one-byte (Latin-1)
 * string, the engine can rule the class out without scanning; those two are found with `indexOf`.
 */
const NEEDS_WORK = /[\u2007\u200B-\u200D\u2010-\u2015\u202F\u2060\u2212\u3000\uFEFF\uFF01-\uFF5E]/;

/** The units the pass removes (the loop below tests them one by one; a test holds the two to each other). */
export const REMOVED_UNITS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * Normalises `text` for detection (see the file comment); linear in the text's length.
 */
export function normalizeText(text: string): NormalizedText {
  if (text.indexOf('\u00A0') === -1 && text.indexOf('\u00AD') === -1 && !NEEDS_WORK.test(text))
    return { text, map: null };
  const map = new Int32Array(text.length);
  const units: number[] = [];
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped = c;
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad) continue;
    if (c >= 0xff01 && c <= 0xff5e) mapped = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || c === 0x2007 || c === 0x202f) mapped = 0x20;
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) mapped = 0x2d;
    map[n++] = i;
    units.push(mapped);
    if (units.length === 4096) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  out += String.fromCharCode(...units);
  return { text: out, map: map.subarray(0, n) };
}

/**
 * Maps a span `[start, end)` of the normalised text back to the original text (`end` exclusive, `start < end`).
 */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const map = normalized.map;
  if (map === null) return [start, end];
  return [map[start] ?? 0, (map[end - 1] ?? 0) + 1];
}
