/**
 * A tiny element builder for the demo pages: attributes and text only (the demo, like the real sites, never puts mail
 * text into HTML).
 */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (`class`, `aria-*`, `data-*`, …) and children (strings become text nodes). */
export function el(
  tag: string,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

/** The mailbox data the server embeds in the page. */
export interface PageEmail {
  readonly id: string;
  readonly itemId: string;
  readonly convId: string;
  readonly threadHex: string;
  readonly messageHex: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly receivedAt: string;
  readonly attachments: readonly { readonly name: string; readonly size: string }[];
  readonly unread: boolean;
  /** Outlook's per-message card token of this (the newest) message: headings `MSG_<token>_FROM`, `_DATETIME`. */
  readonly token: string;
  /** Earlier messages of the conversation, oldest first (Outlook shows a card for each). */
  readonly earlier?: readonly PageEarlierMessage[];
}

/** An earlier message of a conversation, as the pages show it. */
export interface PageEarlierMessage {
  readonly token: string;
  /** Gmail's legacy message id (hex) of this message. */
  readonly messageHex: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly body: string;
  readonly receivedAt: string;
  readonly attachments: readonly { readonly name: string; readonly size: string }[];
}

/** The preview text a list row shows for a body (both demo sites). */
export function previewOf(body: string, max: number): string {
  return body.replace(/\s+/g, ' ').slice(0, max);
}

/** Preview lengths of the two demo lists. */
export const PREVIEW_CHARS = { outlook: 120, gmail: 100 } as const;

/** Reads the embedded mailbox. */
export function pageEmails(): PageEmail[] {
  return JSON.parse(document.getElementById('demo-data')?.textContent ?? '[]') as PageEmail[];
}

/** Records a sent draft where tests can see it (the demo's stand-in for the network). */
export function recordSent(draft: Record<string, unknown>): void {
  const w = window as unknown as { __demoSent?: Record<string, unknown>[] };
  w.__demoSent = [...(w.__demoSent ?? []), draft];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Outlook's full date ("Thu 12/03/2026 10:02", en-GB) in UTC. */
export function outlookDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]} ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** Gmail's full date ("Thu, 12 Mar 2026, 10:02") in UTC. */
export function gmailDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The short time a list shows: "10:02" today, else "12 Mar". */
export function shortShown(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (d.toISOString().slice(0, 10) === now.toISOString().slice(0, 10))
    return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${d.getUTCFullYear() === now.getUTCFullYear() ? '' : ` ${d.getUTCFullYear()}`}`;
}
