/**
 * "Is this UTF-16 code unit a letter?" without `\p{L}`: the core also runs in classic Outlook's ES2017 JavaScript-only
 * runtime, where Unicode property escapes do not parse. Cased letters of every script (Latin, Greek, Cyrillic,
 * Armenian, …) are those whose upper and lower case differ; the main uncased scripts people write names in are listed
 * by block; the few uncased Latin and Greek letters are listed. Latin, Greek and Cyrillic agree with `\p{L}` exactly
 * (tested); marks, modifier letters and rarer uncased scripts count as non-letters (a word boundary) — a documented gap.
 */

/** Blocks of uncased letters: Hebrew, Arabic, Devanagari…Malayalam, Thai, Hangul Jamo, kana, CJK, Hangul syllables. */
const UNCASED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x05d0, 0x05ea],
  [0x0620, 0x064a],
  [0x0671, 0x06d3],
  [0x0904, 0x0d7f],
  [0x0e01, 0x0e30],
  [0x1100, 0x11ff],
  [0x3041, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
];

/** Latin and Greek letters with no case partner (kra, dental clicks, …): letters although upper = lower. */
const UNCASED_LATIN_GREEK = new Set([
  0xaa, 0xba, 0xdf, 0x138, 0x18d, 0x1aa, 0x1ab, 0x1ba, 0x1bb, 0x1be, 0x1c0, 0x1c1, 0x1c2, 0x1c3, 0x221, 0x234, 0x235,
  0x236, 0x237, 0x238, 0x239, 0x374, 0x37a, 0x3d2, 0x3d3, 0x3d4, 0x3fc, 0x1e9c, 0x1e9d, 0x1e9f,
]);

/** True for a letter of any common script (ASCII letters included). */
export function isUnicodeLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (UNCASED_LATIN_GREEK.has(c)) return true;
  const ch = String.fromCharCode(c);
  if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  for (const [lo, hi] of UNCASED_BLOCKS) if (c >= lo && c <= hi) return true;
  return false;
}

/** True for a digit in the common scripts: ASCII, Arabic-Indic, extended Arabic-Indic, Devanagari. */
export function isUnicodeDigit(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0966 && c <= 0x096f)
  );
}
