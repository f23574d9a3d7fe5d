/**
 * UK postal addresses: a house number and a street with its type (`12 High Street`, `Flat 3, 27 Mill Lane`), then
 * optionally the town/county lines and the postcode, on one line with commas or over several lines. The finding covers
 * the whole address (its postcode inside it is not reported again: overlap rule).
 */
import { isAlnum, isAsciiWordCode, isDigitCode, isSpaceCode } from '../context';
import type { Detector } from '../detector';

const STREET_TYPES =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Terrace|Hill|Park|Square|Sq|Mews|Row|Walk|View|Rise|Parade|Green|Boulevard|Wharf|Quay|Gate|Yard|Cottages|Buildings|Estate|Broadway|Vale|Meadows|Fields|Croft|Chase|Hollow|Embankment|Circus|Passage|Gardens';
const WORD = "[A-Z][a-z'\u2019]+";
const STREET = new RegExp(`\\d{1,4}[A-Za-z]?,?\\s(?:${WORD}\\s){1,3}(?:${STREET_TYPES})\\b\\.?`, 'y');
/** "Flat 3, 27 Mill Lane" before the number, or "Unit 4, Riverside Park" where the number is the unit's. */
const UNIT = /(?:Flat|Unit|Apartment|Apt|Suite|Room)\s(?:\d{1,4}[A-Za-z]?,?\s)?$/;
const POSTCODE = /(?:,[ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*)[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/y;
const TOWN = new RegExp(
  `(?:,[ \\t]*|[ \\t]*\\r?\\n[ \\t]*)${WORD}(?:(?:[ -](?:upon|on|under|in|by|le|the|de|cum))?[ -]${WORD}){0,3}(?=[ \\t]*(?:,|\\r?\\n|$|[A-Z]{1,2}\\d))`,
  'y',
);
/** A capitalised word right before the number (no comma or colon between): a product or chapter, not an address. */
const PRODUCT = /[A-Z][A-Za-z]* $/;
/** Words that open a line of a letter, not a town ("Thanks", "Tel", "From"). */
const NOT_TOWN = [
  ...['Thanks', 'Thank', 'Regards', 'Kind', 'Best', 'Many', 'Cheers', 'Please', 'Hi', 'Hello', 'Dear', 'Yours', 'Tel'],
  ...['Phone', 'Mobile', 'Email', 'From', 'Sent', 'To', 'Subject'],
];

/**
 * True when the town line matched in `text[from, to)` starts (after its commas and white space) with a word of
 * {@link NOT_TOWN} ending at a word boundary or at `to` — what `/^(?:Thanks|…)\b/` tells of the match's text once
 * its leading `[,\s]+` is removed, read in place (no copy of the match).
 */
function notTown(text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to && (text.charCodeAt(p) === 44 || isSpaceCode(text.charCodeAt(p)))) p++;
  for (const w of NOT_TOWN) {
    const e = p + w.length;
    if (e <= to && text.startsWith(w, p) && (e === to || !isAsciiWordCode(text.charCodeAt(e)))) return true;
  }
  return false;
}

/** The postal address detector. */
export const postalAddressDetector: Detector = {
  kind: 'postal_address',
  detect(scan, emit) {
    const text = scan.text;
    let done = 0;
    for (const at of scan.streetStarts()) {
      let start = at;
      while (start > 0 && at - start < 3 && isDigitCode(text.charCodeAt(start - 1))) start--;
      if (start < done || isAlnum(text.charCodeAt(start - 1))) continue;
      STREET.lastIndex = start;
      if (!STREET.test(text)) continue; // `test`: the street ends at lastIndex (no match object)
      const before = text.slice(Math.max(0, start - 20), start);
      const unit = UNIT.exec(before);
      if (unit !== null) start -= unit[0].length;
      else if (PRODUCT.test(before)) continue; // "Windows 11 Pro Street…", "Chapter 12 High…": a name, then a number
      let end = STREET.lastIndex;
      if (text[end - 1] === '.') end--;
      let towns = 0;
      let postcode = false;
      for (let part = 0; part < 4; part++) {
        POSTCODE.lastIndex = end;
        if (POSTCODE.test(text)) {
          end = POSTCODE.lastIndex;
          postcode = true;
          break;
        }
        TOWN.lastIndex = end;
        if (!TOWN.test(text) || notTown(text, end, TOWN.lastIndex)) break;
        end = TOWN.lastIndex;
        towns++;
      }
      emit(start, end, postcode ? 0.92 : towns > 0 ? 0.85 : 0.8);
      done = end;
    }
  },
  positives: [
    { text: 'Please send it to 12 High Street, Leeds LS1 4AP.', match: '12 High Street, Leeds LS1 4AP' },
    {
      text: 'Address:\nFlat 3, 27 Mill Lane\nHeaton\nNewcastle upon Tyne\nNE6 5AA\n',
      match: 'Flat 3, 27 Mill Lane\nHeaton\nNewcastle upon Tyne\nNE6 5AA',
    },
    { text: 'We moved to 4 Orchard Close last week.', match: '4 Orchard Close' },
  ],
  negatives: [
    'We need 3 more licences by Friday.',
    'Chapter 12 High Performance Computing',
    'Invoice 2024 Road Map attached',
  ],
};
