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

const memo = new Map<string, ChipParts>();

/** The parts of a label's chip (memoised: a list shows many rows with the same label on the same day). */
export function chipParts(label: LabelView, now: Date): ChipParts {
  const key = [
    label.category,
    label.categoryTitle,
    label.lawfulBasis,
    label.period,
    label.expiresAt,
    label.status,
    label.source,
    now.toISOString().slice(0, 10),
  ].join('\u0000');
  const hit = memo.get(key);
  if (hit) return hit;
  if (memo.size > 2000) memo.clear();
  const parts = computeParts(label, now);
  memo.set(key, parts);
  return parts;
}

function computeParts(label: LabelView, now: Date): ChipParts {
  return {
    className: `mg-chip mg-${label.status}`,
    summary: chipSummary(label, now),
    icon: statusIcon(label.status),
    title: label.categoryTitle,
    text: chipText(label, now),
  };
}
