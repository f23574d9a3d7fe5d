/** The compact label shown on a message-list row: icon, category and "Contract · 6y" / "Expired 12 Mar". */
import { basisWords, chipText, shortDate, shortPeriod, statusIcon, statusWords } from './format-label';
import type { LabelView } from './label-view';

/** Props of {@link LabelChip}. */
export interface LabelChipProps {
  readonly label: LabelView;
  readonly now: Date;
}

/** One-line summary used as the chip's tooltip and accessible name. */
export function chipSummary(label: LabelView, now: Date): string {
  const from = label.source === 'preview' ? ' (from the list preview; open the message for the full label)' : '';
  return (
    `Mailguard: ${label.categoryTitle}; ${basisWords(label.lawfulBasis)}; keep ${shortPeriod(label.period)}; ` +
    `${statusWords(label.status)}, expires ${shortDate(label.expiresAt, now)}${from}`
  );
}

/** Compact chip; colour and icon both carry the retention state. */
export function LabelChip({ label, now }: LabelChipProps) {
  const summary = chipSummary(label, now);
  return (
    <span
      class={`mg-chip mg-${label.status}`}
      data-category={label.category}
      data-status={label.status}
      data-source={label.source}
      title={summary}
      role="note"
      aria-label={summary}
    >
      <span aria-hidden="true">{statusIcon(label.status)}</span>
      <span class="mg-cat">{label.categoryTitle}</span>
      <span aria-hidden="true">·</span>
      <span>{chipText(label, now)}</span>
    </span>
  );
}
