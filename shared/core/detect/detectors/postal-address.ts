/**
 * UK postal addresses: a house number and a street with its type (`12 High Street`, `Flat 3, 27 Mill Lane`), then
 * optionally the town/county lines and the postcode, on one line with commas or over several lines. The finding covers
 * the whole address (its postcode inside it is not reported again: overlap rule).
 */
import type { Detector } from '../detector';

const STREET_TYPES =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Terrace|Hill|Park|Square|Sq|Mews|Row|Walk|View|Rise|Parade|Green|Boulevard|Wharf|Quay|Gate|Yard|Cottages|Buildings|Estate|Broadway|Vale|Meadows|Fields|Croft|Chase|Hollow|Embankment|Circus|Passage|Gardens';
const WORD = "[A-Z][a-z'\u2019]+";
const STREET = new RegExp(
  `\\b(?:(?:Flat|Unit|Apartment|Apt|Suite|Room)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s(?:${WORD}\\s){1,3}(?:${STREET_TYPES})\\b\\.?`,
  'g',
);
const POSTCODE = /(?:,[ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*)[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/y;
const TOWN = new RegExp(
  `(?:,[ \\t]*|[ \\t]*\\r?\\n[ \\t]*)${WORD}(?:(?:[ -](?:upon|on|under|in|by|le|the|de|cum))?[ -]${WORD}){0,3}(?=[ \\t]*(?:,|\\r?\\n|$|[A-Z]{1,2}\\d))`,
  'y',
);
const NOT_TOWN =
  /^(?:Thanks|Thank|Regards|Kind|Best|Many|Cheers|Please|Hi|Hello|Dear|Yours|Tel|Phone|Mobile|Email|From|Sent|To|Subject)\b/;

/** The postal address detector. */
export const postalAddressDetector: Detector = {
  kind: 'postal_address',
  detect(scan, emit) {
    const text = scan.text;
    STREET.lastIndex = 0;
    for (let m = STREET.exec(text); m !== null; m = STREET.exec(text)) {
      let end = m.index + m[0].length;
      if (text[end - 1] === '.') end--;
      let towns = 0;
      let postcode = false;
      for (let part = 0; part < 4 && !postcode; part++) {
        POSTCODE.lastIndex = end;
        if (POSTCODE.test(text)) {
          end = POSTCODE.lastIndex;
          postcode = true;
          break;
        }
        TOWN.lastIndex = end;
        const t = TOWN.exec(text);
        if (t === null || NOT_TOWN.test(t[0].replace(/^[,\s]+/, ''))) break;
        end = TOWN.lastIndex;
        towns++;
      }
      emit(m.index, end, postcode ? 0.92 : towns > 0 ? 0.85 : 0.8);
      STREET.lastIndex = Math.max(STREET.lastIndex, end);
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
