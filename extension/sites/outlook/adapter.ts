/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft):
 * reads the windowed message list, the reading pane and compose forms as text. Selectors: ./selectors.ts.
 */
import type { AttachmentInfo } from '../../../shared/core/types';
import type { MessageText, RowCells, RowText } from '../../messaging/protocol';
import { attachmentName, attachmentType } from '../attachment-type';
import { addressesIn, addressIn, parseShownDate, textOf } from '../read-text';
import { rowTextOf } from '../row-text';
import type { ComposeDraft, ComposeRecipient, SiteAdapter, Slot } from '../site-adapter';
import { cardDate, cardHashId, cardShownDate } from './message-card';
import { OUTLOOK_SCHEDULE_SEND, outlookSelectors as S } from './selectors';

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function dateIn(root: Element, now: Date, skip?: Element | null): string | null {
  for (const el of root.querySelectorAll(S.messageDate)) {
    if (skip?.contains(el)) continue;
    const iso = parseShownDate(el.getAttribute('title'), now);
    if (iso) return iso;
  }
  return null;
}

function readAttachments(root: Element, selector: string): AttachmentInfo[] {
  return [...root.querySelectorAll(selector)].map((o) => {
    const name = attachmentName(o.getAttribute('aria-label') || textOf(o));
    return { name, contentType: attachmentType(name) };
  });
}

function itemIdFromPath(location: Location): string | null {
  const m = /\/id\/([^/?#]+)/.exec(location.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

function selectedRow(doc: Document): Element | null {
  const list = doc.querySelector(`${S.listSection} [role="listbox"]`);
  const active = list?.getAttribute('aria-activedescendant');
  return (active && doc.getElementById(active)) || doc.querySelector(`${S.row}[aria-selected="true"]`);
}

function readRecipients(compose: Element, field: ComposeRecipient['field'], selector: string): ComposeRecipient[] {
  const out: ComposeRecipient[] = [];
  for (const group of compose.querySelectorAll(selector)) {
    for (const pill of group.querySelectorAll(S.recipientPill)) {
      const label = pill.getAttribute('aria-label') ?? '';
      const visible = pill.cloneNode(true) as Element;
      for (const control of visible.querySelectorAll(S.recipientRemove)) control.remove();
      const shown = textOf(visible);
      const address = addressIn(label) || addressIn(shown);
      const name = shown.replace(/<[^>]*>/g, '').trim();
      out.push({ field, address, ...(name && name.toLowerCase() !== address ? { name } : {}), resolved: !!address });
    }
    const editor = group.querySelector(S.recipientField);
    if (editor) {
      const clone = editor.cloneNode(true) as Element;
      for (const pill of clone.querySelectorAll(S.recipientPill)) pill.remove();
      for (const address of addressesIn(textOf(clone))) out.push({ field, address, resolved: false });
    }
  }
  return out;
}

/**
 * A pop-out compose window whose compose section is not the known Form_Content one (only weak sources name it): in a
 * projection window (about:blank, or about:blank?windowId=… — OWA's owa-popout-v2 getProjectionUrl) or a deeplink
 * pop-out (/mail/deeplink/compose?popoutv2=1), a body holding a To group and Send, with no known compose root, is the
 * compose, so Send is still held rather than missed.
 */
function popoutBody(doc: Document): Element | null {
  const url = doc.URL;
  const popout = url.startsWith('about:') || /^https:\/\/[^/]+\/mail\/(?:\d+\/)?deeplink\//.test(url);
  if (!popout || doc.querySelector(S.composeRoot)) return null;
  const body = doc.body;
  return body?.querySelector(S.composeTo) && body.querySelector(S.sendButton) ? body : null;
}

/** The Outlook on the web adapter. */
export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  mailboxId: (location) => `outlook:${location.host}`,

  listRows(root) {
    // By index: a whole list is hundreds of rows, and spreading a NodeList runs its iterator.
    const found = root.querySelectorAll(S.row);
    const rows: Element[] = new Array(found.length);
    for (let i = 0; i < found.length; i++) rows[i] = found[i] as Element;
    return rows;
  },
  rowOf: (node) => elementOf(node)?.closest(S.row) ?? null,
  rowKeyAttributes: ['data-convid'],
  rowKey: (row) => row.getAttribute('data-convid'),
  readRow(row, now): RowText | null {
    const cells = outlookAdapter.readRowCells(row);
    return cells && rowTextOf(cells, now);
  },
  readRowCells(row): RowCells | null {
    const convid = row.getAttribute('data-convid');
    if (!convid) return null;
    const sender = row.querySelector(S.rowSender);
    const subject = row.querySelector(S.rowSubject);
    const shown = row.querySelectorAll(S.rowDate);
    const dates: (string | null)[] = [];
    for (let i = 0; i < shown.length; i++) dates.push((shown[i] as Element).getAttribute('title'));
    return {
      messageId: row.id || convid,
      threadId: convid,
      from: sender ? [sender.getAttribute('title'), sender.textContent] : [],
      // No subject element (the class is generated): the row's accessible name, else all its text.
      subject: subject ? (subject.textContent ?? '') : row.getAttribute('aria-label') || (row.textContent ?? ''),
      preview: row.querySelector(S.rowPreview)?.textContent ?? '',
      dates,
    };
  },
  chipSlot(row): Slot {
    const anchor = row.querySelector(S.rowChipAnchor);
    return anchor?.parentElement ? { parent: anchor.parentElement, before: anchor } : { parent: row, before: null };
  },

  openMessages(root) {
    const found = new Set<Element>();
    for (const body of root.querySelectorAll(S.messageBody)) {
      const card = body.closest(S.messageCard) ?? body.closest(S.readingPane);
      if (card) found.add(card);
    }
    return [...found];
  },
  messageOf(node) {
    const el = elementOf(node);
    const card = el?.closest(S.messageCard);
    if (card) return card.querySelector(S.messageBody) ? card : null;
    // No "Email message" card around: only a node inside a body belongs to a message (above it, openMessages finds it).
    const body = el?.closest(S.messageBody);
    return body ? (body.closest(S.messageCard) ?? body.closest(S.readingPane)) : null;
  },
  readMessage(message, location, now): MessageText | null {
    const body = message.querySelector(S.messageBody);
    if (!body) return null;
    const pane = message.closest(S.readingPane) ?? message;
    // An expanded conversation shows one card per message: each card's own headings, and its own id (message-card.ts).
    // Collapsed cards count too: expanding one later must not switch a card already labelled to the single-message id.
    const several = message !== pane && pane.querySelectorAll(S.messageCard).length > 1;
    const headingsOf = (root: Element) =>
      [...root.querySelectorAll(S.messageHeaderHeading)]
        .filter((h) => !h.matches(S.messageDateHeading))
        .map((h) => textOf(h));
    const headings = headingsOf(several ? message : pane);
    const line = (prefix: string) => headings.find((h) => h.startsWith(prefix)) ?? '';
    const subject =
      headingsOf(pane).find((h) => h && !/^(From|To|Cc|Bcc):/.test(h) && !/file attachments/i.test(h)) ??
      textOf(pane.querySelector(S.messageSubject));
    const row = selectedRow(message.ownerDocument);
    const from = addressIn(line('From:'));
    const to = addressesIn(line('To:'));
    const cc = addressesIn(line('Cc:'));
    // One card of several: the hash of its own header fields. A single message keeps the URL's/row's id, which is what
    // its list row looks its stored label up by (readRow's messageId); the row cannot see the recipients to hash.
    const messageId = several
      ? cardHashId({ from, to, cc, date: cardDate(message, body), subject })
      : (itemIdFromPath(location) ?? row?.id ?? row?.getAttribute('data-convid'));
    if (!messageId) return null;
    // A card of several with no date of its own gets the default (now), as a row or message with no date does: never
    // another card's date from elsewhere in the pane.
    const shown = parseShownDate(cardShownDate(message, body), now);
    const receivedAt = shown ?? (several ? null : dateIn(pane, now, body)) ?? now.toISOString();
    const convid = row?.getAttribute('data-convid');
    return {
      messageId,
      ...(convid ? { threadId: convid } : {}),
      from,
      to,
      cc,
      subject,
      // biome-ignore lint/performance/useDomNodeTextContent: rendered line breaks between blocks matter to detection
      body: (body as HTMLElement).innerText ?? body.textContent ?? '',
      receivedAt,
      attachments: readAttachments(message, S.messageAttachment),
    };
  },
  labelSlot(message): Slot | null {
    const body = message.querySelector(S.messageBody);
    return body?.parentElement ? { parent: body.parentElement, before: body } : null;
  },

  composeRoots(root) {
    const found = [...root.querySelectorAll(S.composeRoot)];
    const doc = root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
    const popout = !found.length && doc ? popoutBody(doc) : null;
    return popout && (root === doc || (root as Node).contains(popout)) ? [popout] : found;
  },
  composeOf(node) {
    const el = elementOf(node);
    if (!el) return null;
    return el.closest(S.composeRoot) ?? popoutBody(el.ownerDocument);
  },
  readCompose(compose): ComposeDraft {
    const subject = (compose.querySelector(S.composeSubject) as HTMLInputElement | null)?.value ?? '';
    const bodyEl = compose.querySelector(S.composeBody);
    const quotedStart = bodyEl?.querySelector(S.composeQuoted);
    let quoted = '';
    if (quotedStart) {
      const parts: string[] = [];
      for (let n: Element | null = quotedStart; n; n = n.nextElementSibling) parts.push(n.textContent ?? '');
      quoted = parts.join('\n').trim();
    }
    const forward = /^\s*(FW|Fwd?|WG|TR|RV)\s*:/i.test(subject);
    const reply = /^\s*(RE|AW|SV|Antw)\s*:/i.test(subject);
    return {
      recipients: [
        ...readRecipients(compose, 'to', S.composeTo),
        ...readRecipients(compose, 'cc', S.composeCc),
        ...readRecipients(compose, 'bcc', S.composeBcc),
      ],
      subject,
      // biome-ignore lint/performance/useDomNodeTextContent: rendered line breaks between blocks matter to detection
      body: (bodyEl as HTMLElement | null)?.innerText ?? bodyEl?.textContent ?? '',
      quoted,
      attachments: readAttachments(compose, S.composeAttachment),
      composeType: forward ? 'forward' : reply || quotedStart ? 'reply' : 'new',
    };
  },
  sendButtons: (compose) => [...compose.querySelectorAll(S.sendButton)],
  isSendShortcut: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey,
  composeBannerSlot(compose): Slot | null {
    const body = compose.querySelector(S.composeBody);
    return body?.parentElement ? { parent: body.parentElement, before: body } : { parent: compose, before: null };
  },
  scheduleSendItemOf(node) {
    const item = node.closest(S.sendMenuItem);
    return item && OUTLOOK_SCHEDULE_SEND.test(textOf(item)) ? item : null;
  },
  removeRecipient(compose, address) {
    const want = address.toLowerCase();
    for (const pill of compose.querySelectorAll(S.recipientPill)) {
      if ((addressIn(pill.getAttribute('aria-label')) || addressIn(textOf(pill))) !== want) continue;
      const remove = pill.querySelector(S.recipientRemove) as HTMLElement | null;
      if (!remove) return false;
      remove.click();
      return true;
    }
    return false;
  },
};
