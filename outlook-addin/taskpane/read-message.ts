/**
 * Reads the message open in read mode into the core's `EmailInput`, with the ids the store keys it by.
 * The body is read as plain text (never HTML: our code does not parse mail as HTML).
 */
import type { EmailInput } from '../../shared/core/types';
import { officeAsync } from '../common/office-async';
import { formatRecipient } from '../launchevent/read-draft';
import { messageKey } from './message-key';

/** A read message with its ids. */
export interface ReadMessage {
  /** The store key: the normalised Message-ID, shared with the scan and the import (see `messageKey`). */
  readonly key: string;
  /** Outlook's item id (EWS format): what `displayMessageForm` opens; changes when the message moves. */
  readonly itemId: string;
  readonly conversationId: string | undefined;
  readonly email: EmailInput;
  /** Plain addresses of from/to/cc (stored only as hashes). */
  readonly participants: readonly string[];
  readonly senderAddress: string;
}

/** True when the pane runs beside a draft rather than a received message. */
export function isCompose(item: unknown): boolean {
  const to = (item as { to?: unknown } | undefined)?.to;
  return !!to && typeof (to as { getAsync?: unknown }).getAsync === 'function';
}

/** Reads the current read-mode message. */
export async function readMessage(mailbox: Office.Mailbox): Promise<ReadMessage> {
  const item = mailbox.item as unknown as Office.MessageRead | undefined;
  if (!item) throw new Error('No message is selected.');
  const body = await officeAsync<string>('body.getAsync', (cb) => item.body.getAsync(Office.CoercionType.Text, cb));
  const from = item.from ?? item.sender;
  const to = item.to ?? [];
  const cc = item.cc ?? [];
  const received = item.dateTimeCreated instanceof Date ? item.dateTimeCreated : new Date(String(item.dateTimeCreated));
  const email: EmailInput = {
    from: from ? formatRecipient(from) : '',
    to: to.map(formatRecipient),
    cc: cc.map(formatRecipient),
    subject: item.subject ?? '',
    body: body ?? '',
    receivedAt: (Number.isNaN(received.getTime()) ? new Date() : received).toISOString(),
    attachments: (item.attachments ?? [])
      .filter((a) => !a.isInline)
      .map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })),
  };
  const participants = [from?.emailAddress, ...to.map((d) => d.emailAddress), ...cc.map((d) => d.emailAddress)].filter(
    (a): a is string => !!a,
  );
  return {
    key: messageKey(item),
    itemId: item.itemId,
    conversationId: item.conversationId || undefined,
    email,
    participants,
    senderAddress: from?.emailAddress ?? '',
  };
}
