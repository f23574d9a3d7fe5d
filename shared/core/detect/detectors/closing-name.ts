/**
 * Names that close a message without a sign-off line of their own: "…comes in late. Thanks, Colin", "…apply to new
 * ones? Maria", "Can you help?\n\nJane\n07700 900123". Looked for only where a message ends: the end of the text and
 * just before a quoted or forwarded message ("-----Original Message-----", "On … wrote:", "From: …"). Confidence
 * 0.75 after thanks, 0.6 for a name alone.
 */

import { trimRight } from '../context';
import type { Emit } from '../detector';
import { lastNameStart, readNameAt } from './person-name-parts';

const THANKS = /(?:^|[.!?]\s+|\n\s*)(?:(?:many |kind )?thanks|thank you|cheers|regards|best wishes|best|ta)[,!.]?\s+$/i;
/** A contact line after the name: a phone number or an address (`07700 900123`, `jane@example.com`). */
const CONTACT_LINE =
  /\n[ \t]*(?:(?:tel|mob|mobile|phone|t|m|e|email)[.:]?[ \t]*)?(?:\+?\d[\d ()-]{7,}\d|[^\s@]+@[^\s@]+)[ \t]*$/iy;

/**
 * Where the tail's last line starts (at its `\n`) when that line is a contact line, else -1. A contact line holds no
 * `\n`, so only a match from the last one can reach the end; a line with no digit and no `@` is ruled out first.
 */
function contactLineAt(tail: string): number {
  const nl = tail.lastIndexOf('\n');
  if (nl === -1) return -1;
  let i = nl + 1;
  while (i < tail.length) {
    const c = tail.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64) break;
    i++;
  }
  if (i === tail.length) return -1;
  CONTACT_LINE.lastIndex = nl;
  return CONTACT_LINE.test(tail) ? nl : -1;
}
/**
 * Reports a name that ends a message; `messageStarts` are where quoted or forwarded messages begin (each ends the
 * message before it), the text's end is added here.
 */
export function findClosingNames(text: string, messageStarts: readonly number[], emit: Emit): void {
  for (const end of [...messageStarts, text.length]) {
    let tail = trimRight(text.slice(Math.max(0, end - 160), end));
    for (let k = 0; k < 2; k++) {
      const contact = contactLineAt(tail);
      if (contact !== -1) tail = trimRight(tail.slice(0, contact));
    }
    const stop = tail.charCodeAt(tail.length - 1);
    if (stop === 46 || stop === 33) tail = tail.slice(0, -1); // "… Maria." and "Thanks, Colin!"
    // A name ends in a lower-case letter (see person-name-parts.ts): anything else ends no name.
    const last = tail.charCodeAt(tail.length - 1);
    if (!((last >= 97 && last <= 122) || (last >= 0xdf && last <= 0xff && last !== 0xf7))) continue;
    const offset = Math.max(0, end - 160);
    // The last one to three words of the tail (joined by single spaces), longest first, if they are a name.
    const starts: number[] = [];
    let e = tail.length;
    for (let k = 0; k < 3; k++) {
      // The last space, line break or comma before `e` (-1 for none): one scan back over the word.
      let cut = e - 1;
      for (let c = tail.charCodeAt(cut); cut >= 0 && c !== 32 && c !== 10 && c !== 44; c = tail.charCodeAt(cut)) cut--;
      starts.push(cut + 1);
      if (cut <= 0 || tail[cut] !== ' ' || tail[cut - 1] === ' ') break;
      e = cut;
    }
    starts.reverse();
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!;
      if (at >= tail.length) continue;
      const nameEnd = readNameAt(text, offset + at);
      const nameStart = lastNameStart();
      if (nameEnd === -1 || nameEnd !== offset + tail.length || nameStart !== offset + at) continue;
      const before = tail.slice(0, at);
      if (THANKS.test(before)) emit(nameStart, nameEnd, 0.75);
      else if (/(?:[.!?]\s+|\n[ \t]*\n\s*)$/.test(before) && i >= starts.length - 2) emit(nameStart, nameEnd, 0.6);
      break;
    }
  }
}
