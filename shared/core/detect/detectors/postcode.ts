/**
 * UK postcodes (`SW1A 1AA`, `LS1 4AP`, `M1 1AE`, `EC1A1BB`): outward code with a real postcode area, inward code
 * digit + two letters (never C I K M O V). Written without the space they are easier to confuse with codes, so they
 * get a lower confidence unless labelled.
 */
import { isAlnum, isUpper, lineBefore } from '../context';
import type { Detector } from '../detector';

const POSTCODE = /([A-Z]{1,2})(\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b/y;
/** The 121 UK postcode areas (plus GIR, the Girobank code). */
const AREAS = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY ' +
    'G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR ' +
    'NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA ' +
    'WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** True when `area` (the letters of an outward code) is a UK postcode area. */
export function isPostcodeArea(area: string): boolean {
  return AREAS.has(area);
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
        const m = POSTCODE.exec(text);
        if (m === null || POSTCODE.lastIndex !== inward + 3 || !AREAS.has(m[1]!)) continue;
        const spaced = outwardEnd !== inward;
        const labelled = /post ?code|postal|address/.test(lineBefore(text, s, 30));
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
