/**
 * Every Gmail selector Mailguard uses, each with the UI state it serves. Stable attributes (`gh`, `data-*`, `email`,
 * `name`, ARIA roles) first; Gmail's short class names are obfuscated but unchanged for years (InboxSDK, gmail.js rely
 * on them) and are marked where used. Source: ../shared/reference/webmail-dom.md §2. Counts tested in
 * tests/extension/sites/gmail.
 */
export const gmailSelectors = {
  /** Any list view (inbox, label, search): the thread list container; several may exist, hidden ones included. */
  list: 'div[gh="tl"]',
  /** List view: the first <tr> of each thread row (split-pane threads add `tr.apw` siblings). Classes: years-old. */
  row: 'div[gh="tl"] tr.zA',
  /** Split-pane list: the extra rows of one thread, following its `tr.zA`. */
  rowContinuation: 'tr.apw',
  /** List row: the thread/message ids (stable data- attributes on span.bqe). */
  rowIds: '[data-legacy-thread-id]',
  /** List row: the sender (`email` and `name` attributes). */
  rowSender: 'span[email]',
  /** List row: the subject text (span.bog, obfuscated but stable). */
  rowSubject: 'span.bog',
  /** List row: the snippet. */
  rowSnippet: 'span.y2',
  /** List row: the date cell; its title is the full date ("Thu, 12 Mar 2026, 10:02"). */
  rowDate: 'td.xW span[title], span[title]',
  /** List row: where native label chips live (div.xT before div.y6); ours goes first in it, as InboxSDK's do. */
  rowChipAnchor: 'div.xT',
  /** List row: an ad (no thread ids; never labelled). */
  rowAd: '.am0, .bvA',

  /** Thread open: the subject heading with the thread's legacy id. */
  threadSubject: 'h2.hP',
  /** Thread open: one message (expanded or collapsed) with its legacy message id. */
  message: 'div.adn.ads[data-legacy-message-id]',
  /** Thread open, message expanded: the sender. */
  messageSender: 'span.gD[email]',
  /** Thread open, message expanded: the recipients (To and Cc alike). */
  messageRecipient: 'span.g2[email]',
  /** Thread open, message expanded: the date, full in its title. */
  messageDate: 'span.g3[title]',
  /** Thread open, message expanded: the body container (div.ii.gt) and the body itself (div.a3s). */
  messageBodyContainer: 'div.ii.gt',
  messageBody: 'div.ii.gt div.a3s',
  /** Thread open, message expanded: attachment names (span.aZo > span.aV3). */
  messageAttachment: 'div.hq.gt span.aZo span.aV3',

  /** Compose: each compose form (pop-up dialog, inline reply) is wrapped in div.M9. */
  composeRoot: 'div.M9',
  /**
   * Pop-out compose window (`?view=cm`; InboxSDK isStandaloneComposeWindow: body.xE.xp): the compose is a child of
   * [role=main] (InboxSDK StandaloneCompose.getComposeWindowContainer). No source says whether div.M9 wraps it there,
   * so the adapter takes the child itself when no div.M9 is inside.
   */
  standaloneComposeRoot: 'body.xE.xp [role="main"] > *',
  /** Compose: the id of the message being replied to (hidden input; empty for a new mail). */
  composeReplyTo: 'input[name="rm"]',
  /** Compose (since Oct 2021): recipient options by field; name and address in data- attributes. */
  composeRecipient: '.anm[name="{field}"] [role="listbox"] [role="option"][data-hovercard-id]',
  /** Compose: the text being typed in a recipient field (not yet a chip). */
  composeRecipientInput: '[name="{field}"] input[peoplekit-id]',
  /** Compose (legacy): recipient chips' hidden inputs holding "Name <addr>". */
  composeLegacyRecipient: '.vR input[type="hidden"][name="{field}"]',
  /** Compose: the subject. */
  composeSubject: 'input[name="subjectbox"]',
  /** Compose: the body editor (aria-label "Message Body" is localized; g_editable is not). */
  composeBody: 'div[contenteditable="true"][role="textbox"][g_editable="true"]',
  /** Compose, reply/forward: the quoted part. */
  composeQuoted: '.gmail_quote',
  /** Compose: an attachment (name div.vI). */
  composeAttachment: 'div.dL div.vI',
  /** Compose: Send (primary) and Send & archive; never the schedule-send menu button beside them. */
  sendButton: '.btC [role="button"].aoO, .btC [role="button"].Uo',
  /** Schedule-send menu (opened from the button beside Send, appended outside the compose): its item. */
  scheduleSendItem: '[selector="scheduledSend"]',
  /** Compose: a recipient chip's remove control (aria-label "Remove …"; L: InboxSDK does not document it). */
  recipientRemove: '[role="button"][aria-label^="Remove"], [aria-label^="Remove"]',
} as const;

/** Names of the Gmail selectors. */
export type GmailSelector = keyof typeof gmailSelectors;

/** A compose selector for one recipient field. */
export function forField(selector: string, field: 'to' | 'cc' | 'bcc'): string {
  return selector.replace('{field}', field);
}
