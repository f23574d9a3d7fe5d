/**
 * One message card of an Outlook on the web conversation (reading pane). When a conversation is expanded, the pane holds
 * several "Email message" cards, one per message; each must be labelled as its own message, with its own id, and that
 * id must be the same on every visit, or every visit stores a new label and corrections and decisions do not stick.
 *
 * The id is `outlook-card:<16 hex>` (FNV-1a, two 32-bit lanes) of the card's own header fields: sender, recipients,
 * absolute date (see {@link cardDate}) and subject. Nothing the renderer chooses enters it, so it holds across
 * re-renders and across expanding or collapsing the other cards. Two messages of one conversation collide only if the
 * same sender sent the same subject to the same people in the same minute (or, when no absolute date is shown, at all).
 *
 * Not the id: the `MSG_<token>` prefix of the card's metadata heading ids (`MSG_<token>_FROM`, `_DATETIME`, …; seen on
 * saved outlook.cloud.microsoft pages, sgnoohc/monet gmailify/AGENTS.md). The same `MSG_<hex>` prefix on compose
 * groups is random (./selectors.ts, webmail-dom.md §1), and no source shows it stays the same across renders of a
 * read message, so a label keyed on it could change on every visit. TODO [2027-01-31]: check it on a real tenant;
 * only if it holds across reloads may it become a secondary signal (never the stored id without a migration).
 * Selectors: ./selectors.ts (messageFieldHeading, messageDateHeading, messageDate).
 */
import { parseAbsoluteDate, textOf } from '../read-text';
import { outlookSelectors as S } from './selectors';

function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The header fields a card id is made of. */
export interface CardHeader {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** The card's absolute date as ISO 8601 ({@link cardDate}), or '' when it shows none: "now" never enters an id. */
  readonly date: string;
  readonly subject: string;
}

/** A deterministic id from a card's own header fields (same fields → same id, on every visit and every machine). */
export function cardHashId(h: CardHeader): string {
  const key = [h.from, h.to.join(','), h.cc.join(','), h.date, h.subject].map((s) => s.trim().toLowerCase()).join('\n');
  return `outlook-card:${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}`;
}

/** The card's date element: its date heading, else the first of its own elements whose title reads as a date. */
function dateElement(card: Element, skip: Element | null): Element | null {
  const heading = card.querySelector(S.messageDateHeading);
  if (heading) return heading;
  for (const el of card.querySelectorAll(S.messageDate)) {
    if (skip?.contains(el) || el.closest(S.messageFieldHeading)?.id.endsWith('_FROM')) continue;
    const title = el.getAttribute('title') ?? '';
    if (/\d/.test(title) && !title.includes('@')) return el;
  }
  return null;
}

/**
 * The card's absolute date for its id: its date element's `title` read as a full date (day, month, year), else ''.
 * The visible text never counts, not even when it reads as a full date today: Outlook shows "10:02", then
 * "Yesterday 10:02", "Tue 10:02" and later the full date, so a text in the id would change it from one day to the next.
 * A card with no absolute title leaves the date out of its id.
 */
export function cardDate(card: Element, skip: Element | null): string {
  return parseAbsoluteDate(dateElement(card, skip)?.getAttribute('title')) ?? '';
}

/** The date a card shows, for its received time (not its id): its date element's title, else its text. */
export function cardShownDate(card: Element, skip: Element | null): string {
  const el = dateElement(card, skip);
  return el?.getAttribute('title') || textOf(el);
}
