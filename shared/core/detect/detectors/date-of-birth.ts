/**
 * Dates of birth: only dates given as someone's birth date — after "DOB", "D.O.B.", "date of birth", "birth date",
 * "born (on)", "birthday" — in the forms people write (`12/05/1985`, `12.05.85`, `1985-05-12`, `12th May 1985`,
 * `May 12, 1985`). Other dates (invoices, meetings, timestamps) are not personal data of this kind.
 */
import type { Detector } from '../detector';
import { forEachLabel } from '../text-scan';

const TRIGGER_WORDS = ['dob', 'd.o.b', 'birth', 'born'];
const TRIGGERS: ReadonlySet<string> = new Set(TRIGGER_WORDS);

const LABEL_AT = /\b(?:d\.?o\.?b\b\.?|date of birth|birth ?date|born(?: on)?|birthday)/iy;
const GAP = /(?:[ \t\r\n]*(?:[:=(-]|is\b|was\b|on\b|of\b|\u2013)){0,4}[ \t\r\n]*/iy;
/** "DOB for the payroll system is 17 March 1996": up to five words, then `is`/`was`/`:`. */
const WORDY_GAP = /(?:[ \t]+[a-z]+){1,5}[ \t]*(?:is|was|:|=)[ \t]*/iy;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE = new RegExp(
  `(?:(\\d{1,2})(?:st|nd|rd|th)?([\\/.\\- ])(\\d{1,2}|(?:${MONTHS})[a-z]*\\.?)\\2(\\d{4}|\\d{2})` +
    `|(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ((?:${MONTHS})[a-z]*\\.?),? (\\d{4})` +
    `|(\\d{4})-(\\d{2})-(\\d{2})` +
    `|((?:${MONTHS})[a-z]*\\.?) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4}))(?![\\d/])`,
  'iy',
);

function monthNumber(m: string): number {
  if (/^\d+$/.test(m)) return Number(m);
  return MONTHS.split('|').indexOf(m.slice(0, 3).toLowerCase()) + 1;
}

/** True when day/month/year make a plausible birth date. */
function plausible(day: string, month: string, year: string): boolean {
  const d = Number(day);
  const m = monthNumber(month);
  const y = Number(year);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 && (year.length === 2 || (y >= 1900 && y <= 2100));
}

/** The date-of-birth detector. */
export const dateOfBirthDetector: Detector = {
  kind: 'date_of_birth',
  triggers: TRIGGER_WORDS,
  detect(scan, emit) {
    const text = scan.text;
    forEachLabel(text, scan.hits(TRIGGERS), LABEL_AT, 2, (_at, labelEnd) => {
      GAP.lastIndex = labelEnd;
      GAP.exec(text);
      let start = GAP.lastIndex;
      DATE.lastIndex = start;
      let d = DATE.exec(text);
      if (d === null) {
        WORDY_GAP.lastIndex = labelEnd;
        if (!WORDY_GAP.test(text)) return undefined;
        start = WORDY_GAP.lastIndex;
        DATE.lastIndex = start;
        d = DATE.exec(text);
      }
      if (d === null) return undefined;
      const ok =
        (d[1] !== undefined && plausible(d[1], d[3]!, d[4]!)) ||
        (d[5] !== undefined && plausible(d[5], d[6]!, d[7]!)) ||
        (d[8] !== undefined && plausible(d[10]!, d[9]!, d[8])) ||
        (d[11] !== undefined && plausible(d[12]!, d[11], d[13]!));
      if (!ok) return undefined;
      emit(start, start + d[0].length, 0.95);
      return start + d[0].length;
    });
  },
  positives: [
    { text: 'DOB: 12/05/1985', match: '12/05/1985' },
    { text: 'Her date of birth is 3rd March 1990.', match: '3rd March 1990' },
    { text: 'born on May 12, 1985 in Leeds', match: 'May 12, 1985' },
    { text: 'D.O.B. 1985-05-12', match: '1985-05-12' },
    { text: 'dob - 07.11.62', match: '07.11.62' },
  ],
  negatives: [
    'Invoice date 12/05/2024, due 12/06/2024.',
    'The meeting is on 12 May 1985 (an old minute).',
    'Date of birth: please confirm by phone.',
    'Your card expires 12/27.',
  ],
};
