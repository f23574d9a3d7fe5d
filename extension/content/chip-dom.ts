/**
 * Renders a list-row chip with plain DOM calls and textContent: the same markup as the shared Preact `LabelChip`
 * (tests compare them) at a fraction of the cost, because a list can show hundreds of rows. The chip's skeleton is
 * built once and cloned; only its attributes and four texts are set per row.
 */
import { chipParts } from '../../shared/ui/chip-parts';
import type { LabelView } from '../../shared/ui/label-view';
import { adoptStyles } from './shadow-host';

let skeleton: HTMLSpanElement | undefined;

function makeSkeleton(): HTMLSpanElement {
  const chip = document.createElement('span');
  chip.setAttribute('role', 'note');
  const parts = ['aria-hidden', 'mg-cat', 'aria-hidden', ''].map((kind) => {
    const s = document.createElement('span');
    if (kind === 'aria-hidden') s.setAttribute('aria-hidden', 'true');
    else if (kind) s.className = kind;
    return s;
  });
  chip.append(...parts);
  return chip;
}

/** A chip's host: `<mailguard-chip>` with an open shadow root that holds the chip itself (no extra mount node). */
export interface ChipHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
}

/** Creates (not yet inserted) a chip host. */
export function createChipHost(): ChipHost {
  const host = document.createElement('mailguard-chip');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  return { host, root };
}

/** Replaces the chip in `mount` (a chip host's shadow root, or any element) with the chip for `label`. */
export function renderChipDom(mount: ParentNode, label: LabelView, now: Date): void {
  const p = chipParts(label, now);
  skeleton ??= makeSkeleton();
  const chip = skeleton.cloneNode(true) as HTMLSpanElement;
  chip.className = p.className;
  chip.dataset.category = label.category;
  chip.dataset.status = label.status;
  chip.dataset.source = label.source;
  chip.title = p.summary;
  chip.setAttribute('aria-label', p.summary);
  const [icon, title, sep, text] = chip.children;
  if (icon) icon.textContent = p.icon;
  if (title) title.textContent = p.title;
  if (sep) sep.textContent = '·';
  if (text) text.textContent = p.text;
  // (`:scope` does not name a shadow root, so look at the children themselves.)
  const old = [...mount.children].find((c) => c.classList.contains('mg-chip'));
  if (old) old.replaceWith(chip);
  else mount.append(chip);
}
