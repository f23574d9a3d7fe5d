/**
 * Gmail (mail.google.com): reads thread-list rows, expanded messages of an open thread and compose forms as text.
 * Selectors: ./selectors.ts.
 */
import type { MessageText, RowCells, RowText } from '../../messaging/protocol';
import { attachmentType } from '../attachment-type';
import { addressesIn, addressIn, parseShownDate, textOf } from '../read-text';
import { rowTextOf } from '../row-text';
import type { ComposeDraft, ComposeRecipient, SiteAdapter, Slot } from '../site-adapter';
import { forField, gmailSelectors as S } from './selectors';

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The <tr> elements of one thread row (one, or up to three in split-pane view). */
function rowParts(row: Element): Element[] {
  const parts = [row];
  for (let n = row.nextElementSibling; n?.matches(S.rowContinuation) && !n.matches(S.row); n = n.nextElementSibling) {
    parts.push(n);
  }
  return parts;
}

function inRow(row: Element, selector: string): Element | null {
  for (const part of rowParts(row)) {
    const found = part.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function recipients(compose: Element, field: ComposeRecipient['field']): ComposeRecipient[] {
  const out: ComposeRecipient[] = [];
  for (const o of compose.querySelectorAll(forField(S.composeRecipient, field))) {
    const address = addressIn(o.getAttribute('data-hovercard-id'));
    const name = o.getAttribute('data-name') ?? '';
    out.push({ field, address, ...(name && name.toLowerCase() !== address ? { name } : {}), resolved: !!address });
  }
  for (const i of compose.querySelectorAll(forField(S.composeLegacyRecipient, field))) {
    const value = (i as HTMLInputElement).value;
    const address = addressIn(value);
    const name = value
      .replace(/<[^>]*>/, '')
      .replace(/"/g, '')
      .trim();
    out.push({ field, address, ...(name && name.toLowerCase() !== address ? { name } : {}), resolved: !!address });
  }
  for (const i of compose.querySelectorAll(forField(S.composeRecipientInput, field))) {
    for (const address of addressesIn((i as HTMLInputElement).value)) out.push({ field, address, resolved: false });
  }
  return out;
}

/** A child of the pop-out window's [role=main] is the compose when it holds a form and no div.M9 (then that is it). */
function isStandaloneCompose(el: Element): boolean {
  return !!el.querySelector('form') && !el.querySelector(S.composeRoot);
}

/** The Gmail adapter. */
export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  mailboxId: (location) => `gmail:${location.host}/u/${/\/mail\/u\/(\d+)/.exec(location.pathname)?.[1] ?? '0'}`,

  listRows: (root) => [...root.querySelectorAll(S.row)],
  rowOf(node) {
    const el = elementOf(node);
    const tr = el?.closest('tr');
    if (!tr?.closest(S.list)) return null;
    if (tr.matches(S.row)) return tr;
    let prev = tr.previousElementSibling;
    while (prev && !prev.matches(S.row)) prev = prev.previousElementSibling;
    return tr.matches(S.rowContinuation) ? prev : null;
  },
  rowKeyAttributes: ['data-legacy-thread-id'],
  rowKey: (row) => inRow(row, S.rowIds)?.getAttribute('data-legacy-thread-id') ?? null,
  readRow(row, now): RowText | null {
    const cells = gmailAdapter.readRowCells(row);
    return cells && rowTextOf(cells, now);
  },
  readRowCells(row): RowCells | null {
    if (row.querySelector(S.rowAd)) return null;
    const ids = inRow(row, S.rowIds);
    const threadId = ids?.getAttribute('data-legacy-thread-id');
    if (!ids || !threadId) return null;
    const dates: (string | null)[] = [];
    for (const part of rowParts(row)) {
      for (const el of part.querySelectorAll(S.rowDate)) dates.push(el.getAttribute('title'));
    }
    return {
      messageId: ids.getAttribute('data-legacy-last-message-id') || threadId,
      threadId,
      from: [inRow(row, S.rowSender)?.getAttribute('email') ?? null],
      subject: inRow(row, S.rowSubject)?.textContent ?? '',
      // The snippet follows the subject after a dash; leading dashes and spaces go (as after collapsing white space).
      preview: (inRow(row, S.rowSnippet)?.textContent ?? '').replace(/^[-–\s]+/, ''),
      dates,
    };
  },
  chipSlot(row): Slot {
    const anchor = inRow(row, S.rowChipAnchor);
    return anchor ? { parent: anchor, before: anchor.firstChild } : { parent: row, before: null };
  },

  openMessages: (root) => [...root.querySelectorAll(S.message)].filter((m) => m.querySelector(S.messageBody)),
  messageOf(node) {
    const m = elementOf(node)?.closest(S.message) ?? null;
    return m?.querySelector(S.messageBody) ? m : null;
  },
  readMessage(message, _location, now): MessageText | null {
    const body = message.querySelector(S.messageBody);
    const messageId = message.getAttribute('data-legacy-message-id');
    if (!body || !messageId) return null;
    const thread = message.ownerDocument.querySelector(S.threadSubject);
    const threadId = thread?.getAttribute('data-legacy-thread-id');
    const date = message.querySelector(S.messageDate);
    return {
      messageId,
      ...(threadId ? { threadId } : {}),
      from: addressIn(message.querySelector(S.messageSender)?.getAttribute('email')),
      to: [...message.querySelectorAll(S.messageRecipient)]
        .map((e) => addressIn(e.getAttribute('email')))
        .filter(Boolean),
      cc: [],
      subject: textOf(thread),
      // biome-ignore lint/performance/useDomNodeTextContent: rendered line breaks between blocks matter to detection
      body: (body as HTMLElement).innerText ?? body.textContent ?? '',
      receivedAt: parseShownDate(date?.getAttribute('title'), now) ?? now.toISOString(),
      attachments: [...message.querySelectorAll(S.messageAttachment)].map((a) => {
        const name = textOf(a);
        return { name, contentType: attachmentType(name) };
      }),
    };
  },
  labelSlot(message): Slot | null {
    const body = message.querySelector(S.messageBodyContainer);
    return body?.parentElement ? { parent: body.parentElement, before: body } : null;
  },

  composeRoots: (root) => [
    ...root.querySelectorAll(S.composeRoot),
    ...[...root.querySelectorAll(S.standaloneComposeRoot)].filter(isStandaloneCompose),
  ],
  composeOf(node) {
    const el = elementOf(node);
    const m9 = el?.closest(S.composeRoot);
    if (m9) return m9;
    const standalone = el?.closest(S.standaloneComposeRoot);
    return standalone && isStandaloneCompose(standalone) ? standalone : null;
  },
  readCompose(compose): ComposeDraft {
    const subject = (compose.querySelector(S.composeSubject) as HTMLInputElement | null)?.value ?? '';
    const bodyEl = compose.querySelector(S.composeBody);
    // biome-ignore lint/performance/useDomNodeTextContent: rendered line breaks between blocks matter to detection
    const body = (bodyEl as HTMLElement | null)?.innerText ?? bodyEl?.textContent ?? '';
    const quoted = [...(bodyEl?.querySelectorAll(S.composeQuoted) ?? [])].map((q) => q.textContent ?? '').join('\n');
    const repliesTo = (compose.querySelector(S.composeReplyTo) as HTMLInputElement | null)?.value ?? '';
    const forward = /^\s*(Fwd?|WG|TR|RV)\s*:/i.test(subject) || /-+ ?Forwarded message ?-+/i.test(quoted);
    const reply = !!repliesTo || /^\s*(Re|AW|SV|Antw)\s*:/i.test(subject);
    return {
      recipients: [...recipients(compose, 'to'), ...recipients(compose, 'cc'), ...recipients(compose, 'bcc')],
      subject,
      body,
      quoted: quoted.trim(),
      attachments: [...compose.querySelectorAll(S.composeAttachment)].map((a) => {
        const name = textOf(a);
        return { name, contentType: attachmentType(name) };
      }),
      composeType: forward ? 'forward' : reply ? 'reply' : 'new',
    };
  },
  sendButtons: (compose) => [...compose.querySelectorAll(S.sendButton)],
  isSendShortcut: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey,
  composeBannerSlot(compose): Slot | null {
    const body = compose.querySelector(S.composeBody);
    return body?.parentElement ? { parent: body.parentElement, before: body } : { parent: compose, before: null };
  },
  scheduleSendItemOf: (node) => node.closest(S.scheduleSendItem),
  removeRecipient(compose, address) {
    const want = address.toLowerCase();
    for (const field of ['to', 'cc', 'bcc'] as const) {
      for (const chip of compose.querySelectorAll(forField(S.composeRecipient, field))) {
        if (addressIn(chip.getAttribute('data-hovercard-id')) !== want) continue;
        const remove = chip.querySelector(S.recipientRemove) as HTMLElement | null;
        if (!remove) return false;
        remove.click();
        return true;
      }
    }
    return false;
  },
};
