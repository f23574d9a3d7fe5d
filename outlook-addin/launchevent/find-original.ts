/**
 * The original message of a reply or forward, as far as the guard can know it without reading the mailbox: its label
 * (from the draft's copied custom properties, else the task pane's cache by conversation) and which of the draft's
 * recipients took part in it (matched by address hash), so replying to the customer counts as data-subject mail.
 */
import type { DraftInput } from '../../shared/core/types';
import type { AddinStorage } from '../common/addin-storage';
import { addressHash } from '../common/address-hash';
import { type ItemLabel, itemLabelClassification } from '../common/item-label';
import { cachedConversationLabel } from '../common/label-cache';
import type { ReadDraft } from './read-draft';

/** The `original` for `assessSharing`, or undefined for a new mail or an unknown original. */
export async function findOriginal(
  read: ReadDraft,
  storage: AddinStorage,
  userAddress: string,
): Promise<DraftInput['original'] | undefined> {
  if (read.draft.composeType === 'new' || read.draft.composeType === undefined) return undefined;
  let label: ItemLabel | undefined = read.draftLabel;
  if (!label && read.conversationId)
    label = await cachedConversationLabel(storage, read.conversationId).catch(() => undefined);
  if (!label) return undefined;
  const known = new Set(label.participants);
  const matched = read.recipients.map((r) => r.address).filter((a) => known.has(addressHash(a)));
  return {
    from: matched[0] ?? userAddress,
    to: matched.slice(1),
    classification: itemLabelClassification(label),
  };
}
