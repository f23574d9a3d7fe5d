/**
 * Names that close a message without a sign-off line of their own: "…comes in late. Thanks, Colin", "…apply to new
 * ones? Maria", "Can you help?\n\nJane\n07700 900123". Looked for only where a message ends: the end of the text and
 * just before a quoted or forwarded message ("-----Original Message-----", "On … wrote:", "From: …").
 */
import type { Emit } from '../detector';
import { readName } from './person-name-parts';

const THANKS = /(?:^|[.!?]\s+|\n\s*)(?:(?:many |kind )?thanks|thank you|cheers|regards|best wishes|best|ta)[,!.]?\s+$/i;
/** A contact line after the name: a phone number or an address (`07700 900123`, `jane@example.com`). */
const CONTACT_LINE =
  /\n[ \t]*(?:(?:tel|mob|mobile|phone|t|m|e|email)[.:]?[ \t]*)?(?:\+?\d[\d ()-]{7,}\d|[^\s@]+@[^\s@]+)[ \t]*$/i;
const MARKERS = ['-----Original Message-----', '---------- Forwarded message', '\nFrom: '];

/** Where messages end in `text`: its end and the start of each quoted or forwarded message. */
function messageEnds(text: string): number[] {
  const ends = [text.length];
  for (const marker of MARKERS) {
    for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + marker.length)) ends.push(i);
  }
  for (let i = text.indexOf(' wrote:'); i !== -1; i = text.indexOf(' wrote:', i + 7)) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    if (i - lineStart < 120 && text.startsWith('On ', lineStart)) ends.push(lineStart);
  }
  return ends;
}

/** Reports a name that ends a message (confidence 0.75 after thanks, 0.6 alone). */
export function findClosingNames(text: string, emit: Emit): void {
  for (const end of messageEnds(text)) {
    let tail = text.slice(Math.max(0, end - 160), end).trimEnd();
    for (let k = 0; k < 2; k++) {
      const contact = CONTACT_LINE.exec(tail);
      if (contact !== null) tail = tail.slice(0, contact.index).trimEnd();
    }
    tail = tail.replace(/[.!]$/, '');
    const offset = Math.max(0, end - 160);
    // The last one to three words of the tail, if they are a name.
    const m = /(?:^|[\s,])((?:\S+ ){0,2}\S+)$/.exec(tail);
    if (m === null) continue;
    for (let words = m[1]!.split(' '), i = 0; i < words.length; i++) {
      const candidate = words.slice(i).join(' ');
      const at = tail.length - candidate.length;
      const n = readName(text, offset + at);
      if (n === null || n[1] !== offset + tail.length || n[0] !== offset + at) continue;
      const before = tail.slice(0, at);
      if (THANKS.test(before)) emit(n[0], n[1], 0.75);
      else if (/(?:[.!?]\s+|\n[ \t]*\n\s*)$/.test(before) && i >= words.length - 2) emit(n[0], n[1], 0.6);
      break;
    }
  }
}
