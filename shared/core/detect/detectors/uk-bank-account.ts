/**
 * UK bank details: the sort code (`12-34-56`) and the account number (`12345678`), each its own finding. Both need
 * context, because six- and eight-digit numbers are everywhere (dates, orders): a sort code needs its label or an
 * account number right after it; an account number needs an account label and banking words or a sort code nearby.
 */
import { after, before, isAlnum, lineBefore } from '../context';
import type { Detector } from '../detector';
import type { NumberRun } from '../number-runs';

const SORT_LABEL = /(?:sort[\s-]?code|\bs\/c|\bsc)\b[^\d\n]{0,12}$/;
const ACCOUNT_LABEL = /(?:account|acc|acct|a\/c)\.?\s*(?:number|no|num|#)?\.?\s*(?:is|:|-|=)?\s*$/;
const JOINER =
  /^[\s,;/|:.-]*(?:(?:and|&)\s+)?(?:(?:bank\s+)?(?:account|acc|acct|a\/c)\.?(?:\s*(?:number|no|num|#))?\.?(?:\s*is)?[\s:.-]*)?$/i;
const BANK_WORDS =
  /sort[\s-]?code|\bbank|\bbacs\b|\bpayee\b|building society|direct debit|standing order|\biban\b|transfer/;

/** An account number right after a sort code, read (sticky, any case) where the sort code ends. */
const ACCOUNT_AFTER = /\s{0,2}(?:[,/|]\s{0,2})?(?:a\/c|acc(?:ount)?(?: (?:number|no))?)?[\s:.-]{0,3}\d{8}\b/iy;

/** The number of digits in group `k` of `run` (0 out of range). */
function size(run: NumberRun, k: number): number {
  return (run.groupEnd(k) ?? 0) - (run.groupStart(k) ?? 0);
}

/** Index of the group that ends a 2-2-2 sort code starting at group `g` (`12-34-56`, `12 34 56`), or -1. */
function sortCodeEnd(run: NumberRun, g: number): number {
  if (size(run, g) === 6 && g === run.count - 1) return g;
  if (g + 2 >= run.count || size(run, g) !== 2 || size(run, g + 1) !== 2 || size(run, g + 2) !== 2) return -1;
  const sep = run.sep(g);
  if ((sep !== '-' && sep !== ' ') || run.sep(g + 1) !== sep) return -1;
  return g + 2;
}

function isAccountNumber(run: NumberRun, g: number): boolean {
  return run.groupEnd(g)! - run.groupStart(g)! === 8 && (g === run.count - 1 || run.sep(g) === ' ');
}

/** The UK bank account detector. */
export const ukBankAccountDetector: Detector = {
  kind: 'uk_bank_account',
  detect(scan, emit) {
    const text = scan.text;
    let sortCodeEndAt = -1_000;
    for (const run of scan.numberRuns()) {
      const first = run.groupEnd(0)! - run.start;
      if (first !== 2 && first !== 6 && first !== 8) continue; // sort codes start 12-…/123456; accounts are 8 digits
      if (isAlnum(text.charCodeAt(run.start - 1)) || isAlnum(text.charCodeAt(run.end))) continue;
      const scEnd = sortCodeEnd(run, 0);
      if (scEnd >= 0) {
        const labelled = SORT_LABEL.test(lineBefore(text, run.start, 40));
        const next = scEnd + 1;
        const glued = next < run.count && isAccountNumber(run, next);
        // In place of the anchored pattern on the next 40 characters lower-cased: a match is at most 30 long, so the
        // window never cut it, and none of its letters has another case form outside ASCII.
        ACCOUNT_AFTER.lastIndex = run.groupEnd(scEnd)!;
        const accountAfter = ACCOUNT_AFTER.test(text);
        if (labelled || glued || accountAfter) {
          emit(run.start, run.groupEnd(scEnd)!, labelled ? 0.95 : 0.85);
          sortCodeEndAt = run.groupEnd(scEnd)!;
          if (glued) emit(run.groupStart(next)!, run.groupEnd(next)!, 0.9);
          continue;
        }
      }
      if (run.count !== 1 || !isAccountNumber(run, 0)) continue;
      const line = lineBefore(text, run.start, 50);
      const labelled = ACCOUNT_LABEL.test(line);
      // Right after a sort code, joined only by punctuation or an account label ("60-16-13, a/c 31926819").
      const nearSortCode = run.start - sortCodeEndAt < 40 && JOINER.test(text.slice(sortCodeEndAt, run.start));
      if (!(labelled || nearSortCode)) continue;
      // The 300 characters around the number are copied (lower-cased) only when nothing nearer decides.
      if (
        nearSortCode ||
        /bank account/.test(line) ||
        BANK_WORDS.test(before(text, run.start, 150) + after(text, run.end, 150))
      ) {
        emit(run.start, run.end, labelled ? 0.92 : 0.85);
      }
    }
  },
  positives: [
    { text: 'Sort code: 12-34-56, account number 12345678.', match: '12-34-56' },
    { text: 'Sort code: 12-34-56, account number 12345678.', match: '12345678' },
    { text: 'Bank details for the refund: 40 47 84 / 70872490', match: '40 47 84' },
    { text: 'my bank account no. is 31926819 (sort code 60-16-13)', match: '31926819' },
  ],
  negatives: [
    'Order number 12345678 was sent on 12-05-24.',
    'Your customer account number is 12345678.',
    'Meeting moved to 12-05-24, room 12.',
  ],
};
