/**
 * Every Outlook on the web selector Mailguard uses, each with the UI state it serves. ARIA roles and stable
 * attributes first; generated class names only where no stable hook exists (marked FRAGILE, always with a fallback).
 * Source: ../shared/reference/webmail-dom.md §1. Tested with exact match counts in tests/extension/sites/outlook.
 */
export const outlookSelectors = {
  /** Mail view, any folder: the message list container (stable data- attribute). */
  listSection: '[data-app-section="MessageList"]',
  /** Mail view: one conversation row of the windowed list (~20 mounted); date headers are buttons, not options. */
  row: '[role="listbox"] [role="option"][data-convid]',
  /** List row: the sender, whose title holds the address. */
  rowSender: 'span[title*="@"]',
  /** List row: the subject line. FRAGILE generated class (fallback: the row's text). */
  rowSubject: 'span.TtcXM',
  /** List row: the body preview. FRAGILE generated class (fallback: none). */
  rowPreview: 'span.FqgPc',
  /** List row: the time cell; its title is the full date ("Thu 12/03/2026 10:02"); the sender's title is an address. */
  rowDate: 'span[title]:not([title*="@"])',
  /** List row: where our chip goes, before the subject when found (FRAGILE), else appended to the row. */
  rowChipAnchor: 'span.TtcXM',

  /** Message open: the reading pane (id and ARIA landmark; aria-label localized). */
  readingPane: '#ReadingPaneContainerId, [role="main"][aria-label="Reading Pane"]',
  /** Message open: one message's body, read-only document; one per message of a conversation. */
  messageBody: '[role="document"][aria-label^="Message body"]',
  /** Message open: the card that holds one message's header and body (aria-label "Email message"; L confidence). */
  messageCard: '[aria-label="Email message"]',
  /** Message open: the subject heading (level 3, or toggl's heading with a title). */
  messageSubject: '[role="heading"][aria-level="3"], h3, div[role="heading"][title]',
  /** Message open: header headings ("From: …", "To: …", "Cc: …"), told apart by their text. */
  messageHeaderHeading: '[role="heading"], h3, h4',
  /** Message open: the sent/received time; an element whose title is the full date. */
  messageDate: '[title]',
  /**
   * Message open: a card's metadata headings, ids `<token>_FROM`/`_DATETIME`/`_SUBJECT`/`_ATTACHMENTS` (per message).
   * Matched by the suffix only: the `MSG_<token>` prefix is not known to be stable, so it is never a card's id.
   */
  messageFieldHeading:
    '[role="heading"][id$="_FROM"], [role="heading"][id$="_DATETIME"], [role="heading"][id$="_SUBJECT"], [role="heading"][id$="_ATTACHMENTS"]',
  /** Message open: a card's sent/received time heading (id `<token>_DATETIME`; data-testid seen on saved pages). */
  messageDateHeading: '[role="heading"][id$="_DATETIME"], [data-testid="SentReceivedSavedTime"]',
  /** Message open: the attachment list ("file attachments" listbox; options named "<file> Open <size>"). */
  messageAttachment: '[role="listbox"][aria-label="file attachments"] [role="option"]',

  /**
   * Compose, inline in the reading pane (docking counter) or pop-up form section. Pop-outs (OWA's owa-popout-v2) are
   * either a projection window (about:blank the main page renders into) or a deeplink page
   * (/mail/deeplink/compose?popoutv2=1); there the adapter falls back to the body when this matches nothing.
   */
  composeRoot: '[id^="docking_InitVisiblePart_"], [data-app-section="Form_Content"]',
  /** Compose: the To/Cc/Bcc recipient groups (id suffix is stable; the MSG_<hex> prefix is random). */
  composeTo: '[role="group"][id$="_TO"]',
  composeCc: '[role="group"][id$="_CC"]',
  composeBcc: '[role="group"][id$="_BCC"]',
  /** Compose: a resolved recipient pill (aria-label = address in live checks; text = name or "Name <addr>"). */
  recipientPill: 'span._EType_RECIPIENT_ENTITY',
  /** Compose: the editable recipient field inside a group (text outside pills = typed, unresolved). */
  recipientField: '[contenteditable="true"]',
  /** Compose: the subject input (name/placeholder; older builds used aria-label "Add a subject"). */
  composeSubject: 'input[aria-label="Subject"], input[placeholder="Add a subject"], input[aria-label="Add a subject"]',
  /** Compose: the body editor (multiline textbox; aria-label may add ", press Alt+F10 to exit"). */
  composeBody: '[role="textbox"][contenteditable="true"][aria-multiline="true"][aria-label^="Message body"]',
  /** Compose, reply/forward: the quoted original's header block. */
  composeQuoted: '#divRplyFwdMsg',
  /** Compose: attachment options (no source documents compose attachments; same listbox as reading, unverified). */
  composeAttachment: '[role="listbox"][aria-label="file attachments"] [role="option"]',
  /** Compose: the Send primary half (Fluent SplitButton slot; exact aria-label "Send"), never "More send options". */
  sendButton:
    '[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton, button[aria-label="Send"]',
  /** "More send options" menu: its items (Fluent menuitems); the one whose text is "Schedule send" schedules. */
  sendMenuItem: '[role="menuitem"]',
  /** Compose: a pill's own remove control (Fluent persona "Remove" button; L: the demo's, no public source). */
  recipientRemove: 'button[aria-label^="Remove"]',
} as const;

/** Text of Outlook's "Schedule send" menu item (English UI; other locales fall back to the draft being unread). */
export const OUTLOOK_SCHEDULE_SEND = /^\s*schedule send\s*$/i;

/** Names of the Outlook selectors. */
export type OutlookSelector = keyof typeof outlookSelectors;
