/**
 * Labels the message open in the pane: classify (core), apply a remembered correction, save (store, audited), then
 * write the label where Outlook keeps it — categories, the item's custom properties — and cache it by conversation
 * for the send guard. Each Outlook write that fails is reported, never hidden; the label is shown regardless.
 */
import { classifyEmail } from '../../shared/core/classify';
import { describeKind } from '../../shared/core/detect';
import type { Policy } from '../../shared/core/policy/schema';
import { computeRetention } from '../../shared/core/retention';
import type { Classification } from '../../shared/core/types';
import type { StoredLabel } from '../../shared/store/types';
import type { LabelView } from '../../shared/ui/label-view';
import { classificationView, storedView } from '../../shared/ui/label-views';
import { addressHash } from '../common/address-hash';
import { ITEM_LABEL_PROPERTY, serializeItemLabel, toItemLabel } from '../common/item-label';
import { rememberConversationLabel } from '../common/label-cache';
import { officeAsync } from '../common/office-async';
import { applyCategories, categoriesFor } from './outlook-categories';
import { type PaneEnv, userAddress } from './pane-env';
import { type ReadMessage, readMessage } from './read-message';

/** A labelled message. */
export interface LabelOutcome {
  readonly message: ReadMessage;
  readonly view: LabelView;
  readonly stored: StoredLabel | undefined;
  /** What could not be done (shown in the pane). */
  readonly problems: readonly string[];
}

function why(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The classification with a person's remembered category in place of the machine's. */
export function applyCorrection(
  c: Classification,
  category: string,
  actor: string,
  receivedAt: string,
  policy: Policy,
  now: Date,
): Classification {
  const cat = policy.categories.find((x) => x.id === category);
  if (!cat || category === c.category) return c;
  return {
    ...c,
    category,
    lawfulBasis: cat.lawfulBasis,
    retention: computeRetention(receivedAt, cat, { now, policy }),
    reasons: [`${actor} said mail like this is "${cat.title}" (remembered correction).`, ...c.reasons],
  };
}

async function writeCustomProperty(mailbox: Office.Mailbox, json: string): Promise<void> {
  const item = mailbox.item as unknown as Office.MessageRead;
  const props = await officeAsync<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) =>
    item.loadCustomPropertiesAsync(cb),
  );
  props.set(ITEM_LABEL_PROPERTY, json);
  await officeAsync<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb));
}

/** Labels the current read-mode message. Rejects only when the message itself cannot be read. */
export async function labelMessage(env: PaneEnv, policy: Policy): Promise<LabelOutcome> {
  const now = env.now();
  const message = await readMessage(env.mailbox);
  env.itemIds.remember(message.key, message.itemId);
  const mailboxId = userAddress(env);
  const problems: string[] = [];
  let classification = classifyEmail(message.email, { policy, now });
  let correctedBy: string | undefined;
  let stored: StoredLabel | undefined;
  try {
    const store = await env.store();
    const correction = await store.correctionFor({
      mailboxId,
      from: message.senderAddress,
      ...(message.conversationId ? { threadId: message.conversationId } : {}),
    });
    if (correction && correction.category !== classification.category) {
      classification = applyCorrection(
        classification,
        correction.category,
        correction.actor,
        message.email.receivedAt,
        policy,
        now,
      );
      correctedBy = correction.actor;
    }
    stored = await store.saveLabel({
      mailboxId,
      messageId: message.key,
      ...(message.conversationId ? { threadId: message.conversationId } : {}),
      receivedAt: message.email.receivedAt,
      from: message.senderAddress,
      participants: message.participants,
      subject: message.email.subject,
      classification,
      policyVersion: policy.version,
      ...(correctedBy ? { correctedBy } : {}),
    });
  } catch (err) {
    problems.push(`The label could not be saved in Mailguard's store: ${why(err)}`);
  }
  const view = stored
    ? storedView(stored, policy, describeKind)
    : classificationView(
        classification,
        message.key,
        policy,
        describeKind,
        correctedBy ? 'person' : 'message',
        correctedBy,
      );
  try {
    await applyCategories(env.mailbox, categoriesFor(view));
  } catch (err) {
    problems.push(`Outlook categories not applied: ${why(err)}`);
  }
  const itemLabel = toItemLabel(
    {
      ...classification,
      category: view.category,
      lawfulBasis: view.lawfulBasis,
      retention: {
        period: view.period,
        expiresAt: view.expiresAt,
        status: view.status === 'disposed' ? 'expired' : view.status,
      },
      reasons: view.reasons,
    },
    {
      policyVersion: policy.version,
      labelledAt: now,
      participants: message.participants.map(addressHash),
      ...(view.correctedBy ? { correctedBy: view.correctedBy } : {}),
    },
  );
  try {
    await writeCustomProperty(env.mailbox, serializeItemLabel(itemLabel));
  } catch (err) {
    problems.push(`The label was not stored on the message: ${why(err)}`);
  }
  if (message.conversationId) {
    await rememberConversationLabel(env.storage, message.conversationId, itemLabel).catch((err: unknown) => {
      problems.push(`The send guard's label cache was not updated: ${why(err)}`);
    });
  }
  return { message, view, stored, problems };
}
