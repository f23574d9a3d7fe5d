/** The compact label shown on a message-list row: icon, category and "Contract · 6y" / "Expired 12 Mar". */
import { chipParts } from './chip-parts';
import type { LabelView } from './label-view';

export { chipSummary } from './chip-parts';

/** Props of {@link LabelChip}. */
export interface LabelChipProps {
  readonly label: LabelView;
  readonly now: Date;
}

/** Compact chip; colour and icon both carry the retention state. Same markup as the content scripts' `renderChipDom`. */
export function LabelChip({ label, now }: LabelChipProps) {
  const p = chipParts(label, now);
  return (
    <span
      class={p.className}
      data-category={label.category}
      data-status={label.status}
      data-source={label.source}
      title={p.summary}
      role="note"
      aria-label={p.summary}
    >
      <span aria-hidden="true">{p.icon}</span>
      <span class="mg-cat">{p.title}</span>
      <span aria-hidden="true">·</span>
      <span>{p.text}</span>
    </span>
  );
}
