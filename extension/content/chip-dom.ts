/**
 * Renders a list-row chip with plain DOM calls and textContent: the same markup as the shared Preact `LabelChip`
 * (tests compare them) at a fraction of the cost, because a list can show hundreds of rows.
 * - A chip is a {@link ChipView}: its state (category, title, status, source), which many rows share, and its message's
 *   texts (the tooltip and accessible name, the short text with its dates). List rows get theirs from the background,
 *   already in words (messaging/row-chips.ts); a full label is put into words here (`chipView`).
 * - A new chip is one native call: a clone of a host kept per state whose `clonable` shadow root already holds the
 *   filled chip. The message's texts are set on the template itself just before, and only when they differ from what it
 *   shows (its nodes are at hand: no lookups in the clone, the short text's node keeps its place). Where an engine
 *   cannot clone shadow roots, each host is built element by element.
 * - A re-render (a row's label changed) finds the chip's nodes in its root and sets attributes and texts in place.
 * - The styles are one shared constructed sheet of the chip's rules only (`adoptStyles`), not a <style> per chip.
 */
import type { LabelView } from '../../shared/ui/label-view';
import type { ChipState, ChipTexts } from '../messaging/protocol';
import { type ChipView, chipView } from '../messaging/row-chips';
import { adoptStyles } from './shadow-host';

interface ChipNodes {
  readonly chip: HTMLSpanElement;
  readonly icon: Element;
  readonly title: Element;
  readonly text: Element;
}

/** A chip's host: `<mailguard-chip>` with an open shadow root that holds the chip itself (no extra mount node). */
export interface ChipHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
}

/** A host to clone for one chip state, its chip and short-text node, and the texts it shows now. */
interface Template {
  readonly host: HTMLElement;
  readonly chip: HTMLSpanElement;
  readonly text: Text;
  texts: ChipTexts;
}

/** Templates by chip state (a list shows a handful); the state objects of one reply map straight to theirs. */
const templates = new Map<string, Template>();
let templateOf = new WeakMap<ChipState, Template>();
const MAX_TEMPLATES = 64;
/** False once the engine has shown it cannot clone shadow roots; checked on the first template only. */
let clonable = true;
let cloneChecked = false;
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
  (parts[2] as HTMLSpanElement).textContent = '·';
  chip.append(...parts);
  return chip;
}

function nodesOf(chip: Element | null | undefined): ChipNodes | undefined {
  if (!chip) return undefined;
  const [icon, title, , text] = chip.children;
  return icon && title && text ? { chip: chip as HTMLSpanElement, icon, title, text } : undefined;
}

/** The chip already in `mount`, if any (a shadow root may also hold a fallback <style>). */
function chipIn(mount: ParentNode): ChipNodes | undefined {
  for (const el of mount.children) if (el.classList.contains('mg-chip')) return nodesOf(el);
  return undefined;
}

function fill(nodes: ChipNodes, { state, texts }: ChipView): void {
  const { chip } = nodes;
  chip.className = state.className;
  chip.setAttribute('data-category', state.category);
  chip.setAttribute('data-status', state.status);
  chip.setAttribute('data-source', state.source);
  chip.title = texts.summary;
  chip.setAttribute('aria-label', texts.summary);
  nodes.icon.textContent = state.icon;
  nodes.title.textContent = state.title;
  nodes.text.textContent = texts.text;
}

/** A host showing `view`, its shadow root attached with `options` (not yet styled). */
function filledHost(view: ChipView, options: ShadowRootInit): ChipHost {
  const host = document.createElement('mailguard-chip');
  host.setAttribute('data-category', view.state.category);
  host.setAttribute('data-source', view.state.source);
  const root = host.attachShadow(options);
  skeleton ??= makeSkeleton();
  const chip = skeleton.cloneNode(true) as HTMLSpanElement;
  fill(nodesOf(chip) as ChipNodes, view);
  root.append(chip);
  return { host, root };
}

function templateFor(view: ChipView): Template | null {
  const known = templateOf.get(view.state);
  if (known) return known;
  const s = view.state;
  const key = `${s.category}\u0000${s.source}\u0000${s.status}\u0000${s.className}\u0000${s.icon}\u0000${s.title}`;
  let template = templates.get(key);
  if (!template) {
    let made: ChipHost;
    try {
      made = filledHost(view, { mode: 'open', clonable: true });
    } catch {
      clonable = false; // attachShadow refused the option
      return null;
    }
    // Engines without clonable shadow roots ignore the option: the clone then has no shadow root.
    if (!cloneChecked) {
      if (!(made.host.cloneNode(true) as HTMLElement).shadowRoot?.firstElementChild) {
        clonable = false;
        return null;
      }
      cloneChecked = true;
    }
    if (templates.size >= MAX_TEMPLATES) {
      templates.clear();
      templateOf = new WeakMap();
    }
    const chip = made.root.firstElementChild as HTMLSpanElement;
    const last = chip.lastElementChild as Element;
    const text = (last.firstChild as Text | null) ?? last.appendChild(document.createTextNode(''));
    template = { host: made.host, chip, text, texts: view.texts };
    templates.set(key, template);
  }
  templateOf.set(view.state, template);
  return template;
}

/** Creates (not yet inserted: insert it last) a styled chip host showing `view`. */
export function createChipFromView(view: ChipView): ChipHost {
  const template = clonable ? templateFor(view) : null;
  let made: ChipHost;
  if (template) {
    const shown = template.texts;
    const { summary, text } = view.texts;
    if (shown !== view.texts && (summary !== shown.summary || text !== shown.text)) {
      template.chip.title = summary;
      template.chip.setAttribute('aria-label', summary);
      template.text.data = text;
      template.texts = view.texts;
    }
    const host = template.host.cloneNode(true) as HTMLElement;
    made = { host, root: host.shadowRoot as ShadowRoot };
  } else {
    made = filledHost(view, { mode: 'open' });
  }
  adoptStyles(made.root, 'chip');
  return made;
}

/** Creates (not yet inserted: insert it last) a styled chip host showing `label` as of `now`. */
export function createChipHost(label: LabelView, now: Date): ChipHost {
  return createChipFromView(chipView(label, now));
}

/** Shows the chip `view` in `mount` (a chip host's shadow root, or any element); re-renders update in place. */
export function renderChipView(mount: ParentNode, view: ChipView): void {
  let nodes = chipIn(mount);
  if (!nodes) {
    skeleton ??= makeSkeleton();
    nodes = nodesOf(skeleton.cloneNode(true) as HTMLSpanElement) as ChipNodes;
    mount.append(nodes.chip);
  }
  fill(nodes, view);
}

/** Shows the chip for `label` in `mount`; re-renders update in place. */
export function renderChipDom(mount: ParentNode, label: LabelView, now: Date): void {
  renderChipView(mount, chipView(label, now));
}
