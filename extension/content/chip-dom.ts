/**
 * Renders a list-row chip with plain DOM calls and textContent: the same markup as the shared Preact `LabelChip`
 * (tests compare them) at a fraction of the cost, because a list can show hundreds of rows.
 * - A new chip is one native call: a clone of a host kept per chip state (category, its title, status, source) whose
 *   `clonable` shadow root already holds the filled chip; only what differs per message (the tooltip and accessible name,
 *   the short text with its dates) is then set, and only when it differs from the template's. Where an engine cannot
 *   clone shadow roots, each host is built element by element.
 * - Those per-message texts depend only on the lawful basis, the period and the UTC day of the expiry (and today's
 *   date): each state keeps them by that key, so the messages of a list that expire on one day share them.
 * - A re-render (a row's label changed) finds the chip's nodes in its root and sets attributes and texts in place.
 * - The styles are one shared constructed sheet (`adoptStyles`), not a <style> per chip.
 */
import { type ChipParts, chipParts } from '../../shared/ui/chip-parts';
import type { LabelView } from '../../shared/ui/label-view';
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

/** What a chip shows that is not the same for its whole state. */
interface ChipTexts {
  readonly summary: string;
  readonly text: string;
}

/** A host to clone for one chip state, what its chip shows, and the texts of the messages seen in that state. */
interface Template extends ChipTexts {
  readonly host: HTMLElement;
  readonly texts: Map<string, ChipTexts>;
}

/** Templates by chip state, for one UTC day (dates show relative to today); a list shows a handful of states. */
const templates = new Map<string, Template>();
let templatesDay = Number.NaN;
const MAX_TEMPLATES = 64;
const MAX_TEXTS = 512;
/** False once the engine has shown it cannot clone shadow roots. */
let clonable = true;
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

function fill(nodes: ChipNodes, label: LabelView, p: ChipParts): void {
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

/** A host with an empty shadow root (not yet styled). */
function bareHost(label: LabelView, options: ShadowRootInit): ChipHost {
  const host = document.createElement('mailguard-chip');
  host.setAttribute('data-category', label.category);
  host.setAttribute('data-source', label.source);
  return { host, root: host.attachShadow(options) };
}

/** Builds a host element by element (engines without clonable shadow roots). */
function buildHost(label: LabelView, p: ChipParts): ChipHost {
  const made = bareHost(label, { mode: 'open' });
  skeleton ??= makeSkeleton();
  const chip = skeleton.cloneNode(true) as HTMLSpanElement;
  fill(nodesOf(chip) as ChipNodes, label, p);
  made.root.append(chip);
  return made;
}

/**
 * A UTC instant as the core writes them, whose UTC day is its first ten characters in every engine: month and time in
 * range, days up to 28 (engines differ on 31 February; later days simply count whole).
 */
const UTC_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?Z$/;

/**
 * The key of a chip's per-message texts within its state: `chipParts` shows the expiry by its UTC day only, so such an
 * instant counts by its day; any other text counts whole.
 */
function textsKey(label: LabelView): string {
  const at = label.expiresAt ?? '';
  const day = UTC_INSTANT.test(at) ? at.slice(0, 10) : at;
  return `${label.lawfulBasis}\u0000${label.period}\u0000${day}`;
}

function textsFor(template: Template, label: LabelView, now: Date): ChipTexts {
  const key = textsKey(label);
  let texts = template.texts.get(key);
  if (!texts) {
    const p = chipParts(label, now);
    texts = { summary: p.summary, text: p.text };
    if (template.texts.size >= MAX_TEXTS) template.texts.clear();
    template.texts.set(key, texts);
  }
  return texts;
}

function templateFor(label: LabelView, now: Date): Template | null {
  const day = Math.floor(now.getTime() / 86_400_000);
  if (day !== templatesDay) {
    templates.clear();
    templatesDay = day;
  }
  const key = `${label.category}\u0000${label.categoryTitle}\u0000${label.status}\u0000${label.source}`;
  const known = templates.get(key);
  if (known) return known;
  const p = chipParts(label, now);
  let made: ChipHost;
  try {
    made = bareHost(label, { mode: 'open', clonable: true });
  } catch {
    clonable = false; // attachShadow refused the option
    return null;
  }
  skeleton ??= makeSkeleton();
  const chip = skeleton.cloneNode(true) as HTMLSpanElement;
  fill(nodesOf(chip) as ChipNodes, label, p);
  made.root.append(chip);
  // Engines without clonable shadow roots ignore the option: the clone then has no shadow root.
  if (!(made.host.cloneNode(true) as HTMLElement).shadowRoot?.firstElementChild) {
    clonable = false;
    return null;
  }
  if (templates.size >= MAX_TEMPLATES) templates.clear();
  const template: Template = { host: made.host, summary: p.summary, text: p.text, texts: new Map() };
  templates.set(key, template);
  return template;
}

/** Creates (not yet inserted: insert it last) a styled chip host showing `label`. */
export function createChipHost(label: LabelView, now: Date): ChipHost {
  const template = clonable ? templateFor(label, now) : null;
  let made: ChipHost;
  if (template) {
    const { summary, text } = textsFor(template, label, now);
    const host = template.host.cloneNode(true) as HTMLElement;
    made = { host, root: host.shadowRoot as ShadowRoot };
    const chip = made.root.firstElementChild as HTMLSpanElement;
    if (summary !== template.summary) {
      chip.title = summary;
      chip.setAttribute('aria-label', summary);
    }
    if (text !== template.text) (chip.lastElementChild as Element).textContent = text;
  } else {
    made = buildHost(label, chipParts(label, now));
  }
  adoptStyles(made.root);
  return made;
}

/** Shows the chip for `label` in `mount` (a chip host's shadow root, or any element); re-renders update in place. */
export function renderChipDom(mount: ParentNode, label: LabelView, now: Date): void {
  let nodes = chipIn(mount);
  if (!nodes) {
    skeleton ??= makeSkeleton();
    nodes = nodesOf(skeleton.cloneNode(true) as HTMLSpanElement) as ChipNodes;
    mount.append(nodes.chip);
  }
  fill(nodes, label, chipParts(label, now));
}
