/**
 * The pane's two corrections, both audited by the store: "This is wrong" (relabel this message and remember it for
 * the sender and the thread) and, for managers, a legal hold (the message does not expire while held).
 */

import { type PaneEnv, userAddress } from './pane-env';
import type { ReadMessage } from './read-message';

/** Relabels the message and remembers the correction. */
export async function relabelMessage(
  env: PaneEnv,
  message: ReadMessage,
  category: string,
  reason: string,
): Promise<void> {
  const store = await env.store();
  const actor = userAddress(env);
  await store.recordDecision({
    mailboxId: actor,
    messageId: message.key,
    actor,
    at: env.now(),
    type: 'relabel',
    category,
    reason,
  });
  await store.rememberCorrection({
    mailboxId: actor,
    from: message.senderAddress,
    ...(message.conversationId ? { threadId: message.conversationId } : {}),
    category,
    actor,
    reason,
  });
}

/** Places a legal hold (managers only: the pane shows the control only to them; the store audits the actor). */
export async function holdMessage(env: PaneEnv, message: ReadMessage, reason: string): Promise<void> {
  const store = await env.store();
  const actor = userAddress(env);
  await store.recordDecision({
    mailboxId: actor,
    messageId: message.key,
    actor,
    at: env.now(),
    type: 'legal_hold',
    reason,
  });
}
