/**
 * UK postcodes (`SW1A 1AA`, `LS1 4AP`, `M1 1AE`, `EC1A1BB`): outward code with a real postcode area, inward code
 * digit + two letters (never C I K M O V). Written without the space they are easier to confuse with codes, so they
 * get a lower confidence unless labelled.
 */
import { isAlnum, isUpper } from '../context';
import type { Detector } from '../detector';

const POSTCODE = /[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/y;
/** The 121 UK postcode areas (plus GIR, the Girobank code). */
const AREAS = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY ' +
    'G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR ' +
    'NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA ' +
    'WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** The areas by their letters' codes (`a * 128 + b`, `b` = 0 for one letter): a table read, no string per candidate. */
const AREA_CODES = new Uint8Array(128 * 128);
for (const area of AREAS) AREA_CODES[area.charCodeAt(0) * 128 + (area.length > 1 ? area.charCodeAt(1) : 0)] = 1;

/** True when `area` (the letters of an outward code) is a UK postcode area. */
export function isPostcodeArea(area: string): boolean {
  return AREAS.has(area);
}

/**
 * True when the outward code at `s` (POSTCODE matched there) has a real area: its one or two capitals (two when the
 * second character is one: POSTCODE's `[A-Z]{1,2}` cannot give one back, a digit must follow).
 */
function areaAt(text: string, s: number): boolean {
  const b = text.charCodeAt(s + 1);
  return AREA_CODES[text.charCodeAt(s) * 128 + (b >= 65 && b <= 90 ? b : 0)] === 1;
}

/** A label word before a postcode, tried where its first letter is (`p` or `a`, any case). */
const LABEL_AT = /post ?code|postal|address/iy;

/**
 * True when the line before `s` (at most 30 characters back) holds "postcode", "post code", "postal" or "address" in
 * any case — what matching the lower-cased copy of that line part found, read in place.
 */
function labelledAt(text: string, s: number): boolean {
  const from = Math.max(0, s - 30);
  let start = s;
  while (start > from && text.charCodeAt(start - 1) !== 10) start--;
  for (let q = start; q < s; q++) {
    const c = text.charCodeAt(q) | 32;
    if (c !== 112 && c !== 97) continue;
    LABEL_AT.lastIndex = q;
    if (LABEL_AT.test(text) && LABEL_AT.lastIndex <= s) return true;
  }
  return false;
}

/** The postcode detector. */
export const postcodeDetector: Detector = {
  kind: 'postcode',
  detect(scan, emit) {
    const text = scan.text;
    let done = 0;
    // From each inward code (`4AP`), try the outward codes that can end just before it (`LS1 `, `SW1A`, `M1`).
    for (const inward of scan.inwardCodes()) {
      const outwardEnd = text.charCodeAt(inward - 1) === 32 ? inward - 1 : inward;
      for (let s = Math.max(done, outwardEnd - 4); s <= outwardEnd - 2; s++) {
        if (isAlnum(text.charCodeAt(s - 1)) || !isUpper(text.charCodeAt(s))) continue;
        POSTCODE.lastIndex = s;
        if (!POSTCODE.test(text) || POSTCODE.lastIndex !== inward + 3 || !areaAt(text, s)) continue;
        const spaced = outwardEnd !== inward;
        const labelled = labelledAt(text, s);
        emit(s, inward + 3, labelled ? 0.95 : spaced ? 0.85 : 0.7);
        done = inward + 3;
        break;
      }
    }
  },
  positives: [
    { text: 'Deliver to 1 High Street, Leeds LS1 4AP by Friday', match: 'LS1 4AP' },
    { text: 'postcode: SW1A1AA', match: 'SW1A1AA' },
    { text: 'Our Manchester office (M1 1AE) is closed.', match: 'M1 1AE' },
  ],
  negatives: [
    'Ticket INC0012345 is closed.',
    'Part number AA1 2BC is in stock.',
    'Use the A4 1CM margin',
    'Model XR1 1AB',
  ],
};
