/**
 * List-row chips on the wire (`classifyRows`): the background puts each row's label into the words its chip shows
 * (`chipView`, the shared `chipParts`) and packs them (`packRowChips`); the content script reads row i back with
 * `rowChipAt`. Formatting stays off the webmail page's main thread, and a reply for 500 rows is a few kilobytes.
 */
import { chipParts } from '../../shared/ui/chip-parts';
import type { LabelView } from '../../shared/ui/label-view';
import type { ChipState, ChipTexts, RowChips } from './protocol';

/** A chip's state and its message's texts. */
export interface ChipView {
  readonly state: ChipState;
  readonly texts: ChipTexts;
}

/** What the chip of `label` shows on `now`'s day, split into the state many rows share and the message's texts. */
export function chipView(label: LabelView, now: Date): ChipView {
  const p = chipParts(label, now);
  return {
    state: {
      category: label.category,
      source: label.source,
      status: label.status,
      className: p.className,
      icon: p.icon,
      title: p.title,
    },
    texts: { summary: p.summary, text: p.text },
  };
}

/** Packs the chips of `labels` (one a row, in order), each distinct state and text once. */
export function packRowChips(labels: readonly LabelView[], now: Date): RowChips {
  const states: ChipState[] = [];
  const texts: ChipTexts[] = [];
  const rows: number[] = [];
  const stateAt = new Map<string, number>();
  const textAt = new Map<string, number>();
  for (const label of labels) {
    const view = chipView(label, now);
    const s = view.state;
    const stateKey = `${s.category}\u0000${s.source}\u0000${s.status}\u0000${s.className}\u0000${s.icon}\u0000${s.title}`;
    let si = stateAt.get(stateKey);
    if (si === undefined) {
      si = states.push(s) - 1;
      stateAt.set(stateKey, si);
    }
    const textKey = `${view.texts.summary}\u0000${view.texts.text}`;
    let ti = textAt.get(textKey);
    if (ti === undefined) {
      ti = texts.push(view.texts) - 1;
      textAt.set(textKey, ti);
    }
    rows.push(si, ti);
  }
  return { states, texts, rows };
}

/** The chip of row `i` of a packed reply, or undefined when the reply has none for it. */
export function rowChipAt(chips: RowChips, i: number): ChipView | undefined {
  const state = chips.states[chips.rows[2 * i] ?? -1];
  const texts = chips.texts[chips.rows[2 * i + 1] ?? -1];
  return state && texts ? { state, texts } : undefined;
}
