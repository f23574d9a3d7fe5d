/**
 * The key a message is stored under, the same in every Mailguard client: its normalised Message-ID (what the mailbox
 * import and the Graph scan use, and stable when the message moves between folders), else `ews:<item id>`.
 */
import { normaliseMessageId } from '../../shared/import/normalise-message-id';

/** The store key of an Outlook item. */
export function messageKey(item: { readonly internetMessageId?: string | undefined; readonly itemId: string }): string {
  return normaliseMessageId(item.internetMessageId) ?? `ews:${item.itemId}`;
}
