/**
 * The one interface both webmail sites implement. A content script knows nothing of a site's DOM: it asks its adapter
 * for rows, the open message and compose forms, and where to put its UI. Everything is read as text (textContent /
 * attributes), never parsed as HTML. The send guard (issue 5) builds on the compose half of this interface.
 */
import type { AttachmentInfo } from '../../shared/core/types';
import type { MessageText, RowCells, RowText } from '../messaging/protocol';

/** The webmail sites we support. */
export type SiteId = 'outlook' | 'gmail';

/** Where an injected host element goes: inserted into `parent` before `before` (null = appended). */
export interface Slot {
  readonly parent: Element;
  readonly before: Node | null;
}

/** A recipient as the compose form shows it. `address` is empty when the site shows only a name (unresolved). */
export interface ComposeRecipient {
  readonly field: 'to' | 'cc' | 'bcc';
  readonly address: string;
  readonly name?: string;
  /** False for text typed but not yet turned into a recipient pill/chip by the site. */
  readonly resolved: boolean;
}

/** What a compose form holds at a moment, read as text. */
export interface ComposeDraft {
  readonly recipients: readonly ComposeRecipient[];
  readonly subject: string;
  /** The body as the user sees it, including any quoted/forwarded part. */
  readonly body: string;
  /** The quoted or forwarded part alone (empty for a new mail). */
  readonly quoted: string;
  readonly attachments: readonly AttachmentInfo[];
  readonly composeType: 'new' | 'reply' | 'forward';
}

/** One site's knowledge of its DOM. All selectors live in the site's `selectors.ts`. */
export interface SiteAdapter {
  readonly site: SiteId;
  /** A stable id of the signed-in mailbox from the page's URL/host (no account name is read). */
  mailboxId(location: Location): string;

  // ── message list ──
  /** Every message-list row currently mounted under `root`. */
  listRows(root: ParentNode): Element[];
  /** The row `node` is or lies in, if any (for nodes the observer saw added). */
  rowOf(node: Node): Element | null;
  /** Attributes whose change means a recycled row now shows another message (watched by the observer). */
  readonly rowKeyAttributes: readonly string[];
  /** A key that changes when a recycled row element starts showing another conversation. */
  rowKey(row: Element): string | null;
  /** The row's visible text as a RowText, or null when the row is not a message (date header, ad). */
  readRow(row: Element, now: Date): RowText | null;
  /**
   * The row's cells as shown, unparsed, or null when the row is not a message: `rowTextOf(cells, now)` equals
   * `readRow(row, now)`. The list labeller sends these; the background reads them (off the page's main thread).
   */
  readRowCells(row: Element): RowCells | null;
  /** Where the chip goes inside the row. */
  chipSlot(row: Element): Slot | null;

  // ── reading pane ──
  /** Each opened message under `root` (a conversation may show several). */
  openMessages(root: ParentNode): Element[];
  /** The message container `node` is or lies in, if any. */
  messageOf(node: Node): Element | null;
  /** The opened message as text; null when it is not fully rendered yet. */
  readMessage(message: Element, location: Location, now: Date): MessageText | null;
  /** Where the full label card goes for this message. */
  labelSlot(message: Element): Slot | null;

  // ── compose (used by the send guard) ──
  /** Every open compose form under `root` (inline, pop-up; pop-out windows are their own documents). */
  composeRoots(root: ParentNode): Element[];
  /** The compose form `node` is or lies in, if any. */
  composeOf(node: Node): Element | null;
  /** The draft's recipients, subject, body, attachments and type, as text. */
  readCompose(compose: Element): ComposeDraft;
  /** The element(s) whose activation sends this draft (primary Send, Send & archive), never the menu half. */
  sendButtons(compose: Element): Element[];
  /** True when a keydown inside a compose is the site's send shortcut (Ctrl/Cmd+Enter). */
  isSendShortcut(event: KeyboardEvent): boolean;
  /** The "Schedule send" menu item `node` is or lies in (menus live outside the compose), if any. */
  scheduleSendItemOf?(node: Element): Element | null;
  /**
   * Removes one recipient the way a person would (the site's own remove control), so the site's draft model changes
   * too. Returns false when the site offers no control we can use; the send guard then asks the person to do it.
   */
  removeRecipient?(compose: Element, address: string): boolean;
  /** Where a compose banner goes (above the body). */
  composeBannerSlot(compose: Element): Slot | null;
}
