/**
 * One message card of an Outlook on the web conversation (reading pane). When a conversation is expanded, the pane holds
 * several "Email message" cards, one per message; each must be labelled as its own message, with its own id.
 *
 * Where the id comes from (checked against public sources 2026-11-25):
 * - Outlook gives every metadata heading of a message card an id `<token>_<FIELD>` (`_FROM`, `_DATETIME`, `_SUBJECT`,
 *   `_ATTACHMENTS`): `MSG_<token>_…` in sgnoohc/monet gmailify/AGENTS.md ("verified hooks", saved pages of
 *   outlook.cloud.microsoft, 2026); the attachment heading's id ends `_ATTACHMENTS` in gabeosx outlook-web-skill. The
 *   prefix is per message, so it is the card's id. Confidence M (one source saw the whole family).
 * - With no such heading, a deterministic id from the card's own header fields (sender, recipients, shown date,
 *   subject): `outlook-card:<16 hex>` (FNV-1a, two 32-bit lanes). Two messages of one conversation collide only if the
 *   same sender sent the same subject to the same people in the same minute.
 * Selectors: ./selectors.ts (messageFieldHeading, messageDateHeading).
 */
import { textOf } from '../read-text';
import { outlookSelectors as S } from './selectors';

const FIELD_ID = /^(.+)_(FROM|DATETIME|SUBJECT|ATTACHMENTS|TO|CC|BCC)$/;

/** The card's own id from its metadata headings (`MSG_x_FROM` → `MSG_x`), or null when none carries one. */
export function cardDomId(card: Element): string | null {
  for (const heading of card.querySelectorAll(S.messageFieldHeading)) {
    const m = FIELD_ID.exec(heading.id);
    if (m?.[1]) return m[1];
  }
  return null;
}

function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The header fields a fallback card id is made of. */
export interface CardHeader {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** The date as the card shows it (title or text), not a parsed one: "now" must never enter an id. */
  readonly shownDate: string;
  readonly subject: string;
}

/** A deterministic id from a card's own header fields (same fields → same id, on every visit and every machine). */
export function cardHashId(h: CardHeader): string {
  const key = [h.from, h.to.join(','), h.cc.join(','), h.shownDate, h.subject]
    .map((s) => s.trim().toLowerCase())
    .join('\n');
  return `outlook-card:${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}`;
}

/** The date a card shows: its date heading's title or text, else the first element with a title. */
export function cardShownDate(card: Element, skip: Element | null): string {
  const heading = card.querySelector(S.messageDateHeading);
  if (heading) return heading.getAttribute('title') || textOf(heading);
  for (const el of card.querySelectorAll(S.messageDate)) {
    if (skip?.contains(el) || el.closest(S.messageFieldHeading)?.id.endsWith('_FROM')) continue;
    const title = el.getAttribute('title') ?? '';
    if (/\d/.test(title) && !title.includes('@')) return title;
  }
  return '';
}
