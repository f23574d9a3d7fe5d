/**
 * Everything a label chip shows, computed once: the Preact `LabelChip` (pages, add-in) and the content scripts' DOM
 * builder (`chip-dom.ts`, ~10× faster for hundreds of list rows) render the same parts, so they cannot drift apart.
 */
import { basisWords, chipText, shortDate, shortPeriod, statusIcon, statusWords } from './format-label';
import type { LabelView } from './label-view';

/** The chip's class, attributes and texts. */
export interface ChipParts {
  readonly className: string;
  readonly summary: string;
  readonly icon: string;
  readonly title: string;
  readonly text: string;
}

/** One-line summary used as the chip's tooltip and accessible name. */
export function chipSummary(label: LabelView, now: Date): string {
  const from = label.source === 'preview' ? ' (from the list preview; open the message for the full label)' : '';
  return (
    `Mailguard: ${label.categoryTitle}; ${basisWords(label.lawfulBasis)}; keep ${shortPeriod(label.period)}; ` +
    `${statusWords(label.status)}, expires ${shortDate(label.expiresAt, now)}${from}`
  );
}

/** The parts of a label's chip. */
export function chipParts(label: LabelView, now: Date): ChipParts {
  return {
    className: `mg-chip mg-${label.status}`,
    summary: chipSummary(label, now),
    icon: statusIcon(label.status),
    title: label.categoryTitle,
    text: chipText(label, now),
  };
}
