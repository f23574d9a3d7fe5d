/**
 * A Graph message (the scan's `$select`) → the classifier's `EmailInput`, the store key and the participants. The key
 * is the normalised Message-ID (the same one a mailbox-export import gives), falling back to Graph's own id.
 */
import type { EmailInput } from '../../shared/core/types';
import { normaliseMessageId } from '../../shared/import/normalise-message-id';
import type { GraphMessage, GraphRecipient } from './graph-types';

/** What the scan needs of one message. */
export interface ScannedMessage {
  readonly key: string;
  readonly email: EmailInput;
  readonly participants: readonly string[];
}

/** See the file comment. `receivedAt` falls back to the epoch only if Graph omits it (it never should). */
export function graphMessageToEmail(m: GraphMessage): ScannedMessage {
  const to = addresses(m.toRecipients);
  const cc = addresses(m.ccRecipients);
  const from = m.from?.emailAddress?.address?.trim() ?? '';
  const email: EmailInput = {
    from,
    to,
    ...(cc.length ? { cc } : {}),
    subject: m.subject ?? '',
    body: m.body?.content ?? m.bodyPreview ?? '',
    receivedAt: m.receivedDateTime ?? new Date(0).toISOString(),
    // Graph's list gives only `hasAttachments`; names and types would cost one more request a message.
    ...(m.hasAttachments ? { attachments: [{ name: '(attachment)', contentType: 'application/octet-stream' }] } : {}),
  };
  return {
    key: normaliseMessageId(m.internetMessageId) ?? `graph:${m.id}`,
    email,
    participants: [from, ...to, ...cc].filter(Boolean),
  };
}

function addresses(list: readonly GraphRecipient[] | undefined): string[] {
  return (list ?? []).flatMap((r) => r.emailAddress?.address?.trim() || []);
}
