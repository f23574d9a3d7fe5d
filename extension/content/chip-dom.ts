/**
 * Renders a list-row chip with plain DOM calls and textContent: the same markup as the shared Preact `LabelChip`
 * (tests compare them) at a fraction of the cost, because a list can show hundreds of rows.
 * - A chip host is cloned from one template whose shadow root is `clonable` (one native call builds host, shadow
 *   root and chip skeleton); where an engine cannot clone shadow roots, it is built element by element.
 * - A chip's nodes are found once and remembered (WeakMap by mount); a re-render sets attributes and texts in place.
 * - The styles are one shared constructed sheet (`adoptStyles`), not a <style> per chip.
 */
import { chipParts } from '../../shared/ui/chip-parts';
import type { LabelView } from '../../shared/ui/label-view';
import { adoptStyles } from './shadow-host';

interface ChipNodes {
  readonly chip: HTMLSpanElement;
  readonly icon: Element;
  readonly title: Element;
  readonly text: Element;
}

const chips = new WeakMap<ParentNode, ChipNodes>();
let skeleton: HTMLSpanElement | undefined;
/** A host whose clonable shadow root holds an empty chip; null where shadow roots do not clone. */
let template: HTMLElement | null | undefined;

function makeSkeleton(): HTMLSpanElement {
  const chip = document.createElement('span');
  chip.setAttribute('role', 'note');
  const parts = ['aria-hidden', 'mg-cat', 'aria-hidden', ''].map((kind) => {
    const s = document.createElement('span');
    if (kind === 'aria-hidden') s.setAttribute('aria-hidden', 'true');
    else if (kind) s.className = kind;
    return s;
  });
  (parts[2] as HTMLSpanElement).textContent = '·';
  chip.append(...parts);
  return chip;
}

function nodesOf(chip: HTMLSpanElement): ChipNodes | undefined {
  const [icon, title, , text] = chip.children;
  return icon && title && text ? { chip, icon, title, text } : undefined;
}

function hostTemplate(): HTMLElement | null {
  if (template !== undefined) return template;
  template = null;
  try {
    const t = document.createElement('mailguard-chip');
    t.attachShadow({ mode: 'open', clonable: true }).append(makeSkeleton());
    // Engines without clonable shadow roots ignore the option: the clone then has no shadow root.
    if ((t.cloneNode(true) as HTMLElement).shadowRoot?.firstElementChild) template = t;
  } catch {
    // attachShadow refused the option: build each host by hand.
  }
  return template;
}

/** A chip's host: `<mailguard-chip>` with an open shadow root that holds the chip itself (no extra mount node). */
export interface ChipHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
}

/** Creates (not yet inserted: fill it first, insert it last) a chip host with an empty chip. */
export function createChipHost(): ChipHost {
  const t = hostTemplate();
  const host = (t ? t.cloneNode(true) : document.createElement('mailguard-chip')) as HTMLElement;
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const chip = root.firstElementChild as HTMLSpanElement | null;
  const nodes = chip && nodesOf(chip);
  if (nodes) chips.set(root, nodes);
  adoptStyles(root);
  return { host, root };
}

/** Shows the chip for `label` in `mount` (a chip host's shadow root, or any element); re-renders update in place. */
export function renderChipDom(mount: ParentNode, label: LabelView, now: Date): void {
  const p = chipParts(label, now);
  let nodes = chips.get(mount);
  if (!nodes || nodes.chip.parentNode !== mount) {
    skeleton ??= makeSkeleton();
    nodes = nodesOf(skeleton.cloneNode(true) as HTMLSpanElement) as ChipNodes;
    mount.append(nodes.chip);
    chips.set(mount, nodes);
  }
  const { chip } = nodes;
  chip.className = p.className;
  chip.setAttribute('data-category', label.category);
  chip.setAttribute('data-status', label.status);
  chip.setAttribute('data-source', label.source);
  chip.title = p.summary;
  chip.setAttribute('aria-label', p.summary);
  nodes.icon.textContent = p.icon;
  nodes.title.textContent = p.title;
  nodes.text.textContent = p.text;
}
