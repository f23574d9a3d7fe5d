/**
 * `maskFinding`: a finding in words a person can read without the value being repeated, e.g.
 * `card number •••• 1111`, `email address j•••@example.com`, `phone number 07700 9•••••`.
 */
import { type Finding, PERSONAL_DATA_KINDS } from '../types';
import { describeKind } from './describe-kind';
import { maskValue } from './mask-value';

const KINDS = new Set<string>(PERSONAL_DATA_KINDS);

/**
 * Describes and masks `finding`, which must come from `detectPersonalData(text)`.
 * @returns e.g. `card number •••• 1111` (the kind in plain words, then the masked value).
 * @throws TypeError when `text` is not a string or the finding does not fit the text.
 */
export function maskFinding(text: string, finding: Finding): string {
  if (typeof text !== 'string') throw new TypeError(`maskFinding: text must be a string, got ${typeof text}`);
  if (typeof finding !== 'object' || finding === null || !KINDS.has(finding.kind)) {
    throw new TypeError('maskFinding: finding must be a Finding with a known kind');
  }
  const { start, end } = finding;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new TypeError(`maskFinding: finding [${start}, ${end}) does not fit a text of length ${text.length}`);
  }
  return `${describeKind(finding.kind)} ${maskValue(finding.kind, text.slice(start, end))}`;
}
