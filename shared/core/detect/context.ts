/**
 * Small character and context helpers the detectors share. All are O(window) with fixed small windows.
 */
import { isUnicodeDigit, isUnicodeLetter } from './unicode-letter';

/** True for ASCII letters and digits. */
export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for ASCII digits. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for ASCII letters. */
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for ASCII upper-case letters. */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True for an ASCII word character: a letter, a digit or `_` (what a non-Unicode regex `\b` and `\w` test). */
export function isAsciiWordCode(c: number): boolean {
  return isAlnum(c) || c === 95;
}

/** True for a letter or digit of any common script (ASCII fast path, then `isUnicodeLetter`; no `\p{}`: ES2017). */
export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiWordCode(c);
  return isUnicodeLetter(c) || isUnicodeDigit(c);
}

/** The `chars` characters before `pos`, lower-cased (the context a label would sit in). */
export function before(text: string, pos: number, chars: number): string {
  return text.slice(Math.max(0, pos - chars), pos).toLowerCase();
}

/** The `chars` characters from `pos` on, lower-cased. */
export function after(text: string, pos: number, chars: number): string {
  return text.slice(pos, pos + chars).toLowerCase();
}

/** The text of the line holding `pos` up to `pos`, lower-cased (labels sit on the same line as their value). */
export function lineBefore(text: string, pos: number, chars: number): string {
  const from = Math.max(0, pos - chars);
  let start = pos;
  while (start > from && text.charCodeAt(start - 1) !== 10) start--; // one copy: the line's part only
  return text.slice(start, pos).toLowerCase();
}

/** True when `re` matches the `chars` characters before `pos` (lower-cased). */
export function hasContextBefore(text: string, pos: number, chars: number, re: RegExp): boolean {
  return re.test(before(text, pos, chars));
}

/** True for what a regex `\s` matches (the ECMAScript white space and line terminators), without a regex call. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `s` without trailing white space (`String.prototype.trimEnd` is ES2019; the core also runs on ES2017). */
export function trimRight(s: string): string {
  let end = s.length;
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
