/**
 * NHS numbers (`943 476 5919`): ten digits with a mod-11 check digit. Ten-digit strings are common, so a number is
 * taken only when typed in the NHS 3-3-4 grouping or labelled as an NHS/patient number; UK phones (leading 0) are left
 * to the phone detector unless labelled.
 */
import { nhsValid } from '../checksums';
import { isAlnum, lineBefore } from '../context';
import type { Detector } from '../detector';
import { runDigits } from '../number-runs';

const NHS_LABEL = /\bnhs\b|\bchi\b|patient|health (?:service )?(?:no|number)|hospital (?:no|number)/;

/** The NHS number detector (works from the digit runs). */
export const nhsNumberDetector: Detector = {
  kind: 'nhs_number',
  detect(scan, emit) {
    const text = scan.text;
    for (const run of scan.numberRuns()) {
      if (run.end - run.start < 10 || run.end - run.start > 12) continue;
      const n = run.count;
      const single = n === 1 && run.end - run.start === 10;
      const grouped =
        n === 3 &&
        run.groupEnd(0)! - run.groupStart(0)! === 3 &&
        run.groupEnd(1)! - run.groupStart(1)! === 3 &&
        run.groupEnd(2)! - run.groupStart(2)! === 4 &&
        run.sep(0) === run.sep(1) &&
        run.sep(0) !== '.';
      if (!grouped && !single) continue;
      if (isAlnum(text.charCodeAt(run.start - 1)) || isAlnum(text.charCodeAt(run.end))) continue;
      const digits = runDigits(text, run, 0, run.count - 1);
      if (!nhsValid(digits)) continue;
      const labelled = NHS_LABEL.test(lineBefore(text, run.start, 50));
      if (labelled) emit(run.start, run.end, 0.98);
      else if (grouped && digits[0] !== '0') emit(run.start, run.end, 0.85);
    }
  },
  positives: [
    { text: 'NHS number: 943 476 5919', match: '943 476 5919' },
    { text: 'Patient no 9434765919 attended.', match: '9434765919' },
    { text: 'her number is 401 023 2137 on the form', match: '401 023 2137' },
  ],
  negatives: [
    'NHS number: 943 476 5918 (typo, check digit fails)',
    'Order 9434765919 shipped today',
    'Call 020 7946 0123 for the clinic',
  ],
};
