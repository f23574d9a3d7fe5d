/**
 * IBANs (`GB29 NWBK 6016 1331 9268 19`, `DE89370400440532013000`): a country code, two check digits and the national
 * account number, accepted only when the length fits the country and the ISO 13616 mod-97 check holds. VAT numbers
 * (`GB123456789`) fail the length, so they are not IBANs.
 */
import { ibanMod97Valid } from '../checksums';
import { isAlnum, isDigitCode, isUpper, lineBefore } from '../context';
import type { Detector, Emit } from '../detector';

const IBAN_WORD: ReadonlySet<string> = new Set(['iban']);

/** IBAN length by country (SWIFT IBAN registry). */
const LENGTHS: ReadonlyMap<string, number> = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 ' +
    'FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 ' +
    'LU20 LV21 LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 ' +
    'SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))] as const),
);

/** Reads up to `length` IBAN characters from `start`, allowing single spaces between them; returns [end, compact]. */
function readIban(text: string, start: number, length: number): [number, string] | null {
  let compact = '';
  let i = start;
  while (compact.length < length && i < text.length) {
    let c = text.charCodeAt(i);
    if (c === 32 && compact.length >= 4 && isAlnum(text.charCodeAt(i + 1))) c = text.charCodeAt(++i);
    if (!isAlnum(c)) break;
    compact += String.fromCharCode(c);
    i++;
  }
  return compact.length === length ? [i, compact.toUpperCase()] : null;
}

const LOWER_IBAN = /\b[a-z]{2}\d{2}/gi;

function tryAt(text: string, s: number, emit: Emit): number {
  if (isAlnum(text.charCodeAt(s - 1))) return -1;
  const length = LENGTHS.get(text.slice(s, s + 2).toUpperCase());
  if (length === undefined) return -1;
  const read = readIban(text, s, length);
  if (read === null || isAlnum(text.charCodeAt(read[0])) || !ibanMod97Valid(read[1])) return -1;
  emit(s, read[0], /iban|bank|account|transfer|pay/.test(lineBefore(text, s, 40)) ? 0.99 : 0.97);
  return read[0];
}

/** The IBAN detector: from the shared digit pass, and after the word "IBAN" in any case (`iban gb82 west…`). */
export const ibanDetector: Detector = {
  kind: 'iban',
  triggers: ['iban'],
  detect(scan, emit) {
    const text = scan.text;
    let done = 0;
    // Check digits before a bank code (`GB29 NWBK…`), or a digit run right after the country (`DE89 3704…`).
    // Both lists ascend: merged in order, no sort.
    const checks = scan.ibanChecks();
    const runs = scan.numberRuns();
    for (let i = 0, j = 0; i < checks.length || j < runs.length; ) {
      let d: number;
      if (j >= runs.length || (i < checks.length && checks[i]! < runs[j]!.start)) {
        d = checks[i++]!;
        if (!isUpper(text.charCodeAt(d - 2)) || !isUpper(text.charCodeAt(d - 1))) continue;
      } else {
        // A run's first test reads the characters before it from the run (see NumberRun.before).
        const run = runs[j++]!;
        d = run.start;
        if (!isUpper(run.before2) || !isUpper(run.before)) continue;
      }
      if (d - 2 < done || !isDigitCode(text.charCodeAt(d + 1))) continue;
      done = Math.max(done, tryAt(text, d - 2, emit));
    }
    for (const [from, to] of scan.windows(IBAN_WORD, 0, 60)) {
      const window = text.slice(from, to);
      LOWER_IBAN.lastIndex = 0;
      for (let m = LOWER_IBAN.exec(window); m !== null; m = LOWER_IBAN.exec(window)) {
        if (from + m.index >= done) tryAt(text, from + m.index, emit);
      }
    }
  },
  positives: [
    { text: 'IBAN: GB29 NWBK 6016 1331 9268 19 (Acme Ltd)', match: 'GB29 NWBK 6016 1331 9268 19' },
    { text: 'please send it to DE89370400440532013000.', match: 'DE89370400440532013000' },
    { text: 'Refund to iban gb82 west 1234 5698 7654 32 please', match: 'gb82 west 1234 5698 7654 32' },
  ],
  negatives: [
    'Our VAT number is GB123456789.',
    'IBAN GB29 NWBK 6016 1331 9268 18 (one digit wrong)',
    'Company number GB12 3456 is registered.',
  ],
};
