/**
 * After a Smart Alerts warning: records the user's business justification or court-order reference (store, audited),
 * leaves it on the draft for the send guard, and sends with `item.sendAsync` where the client has Mailbox 1.15.
 * A blocked draft cannot be justified.
 */
import { countKinds } from '../common/item-label';
import {
  type Justification,
  justificationProblem,
  type SessionDataLike,
  saveJustification,
} from '../common/justification';
import { officeAsync } from '../common/office-async';
import type { DraftCheck } from './check-draft';
import { type PaneEnv, userAddress } from './pane-env';

/** What happened. */
export type JustifyOutcome = 'sent' | 'send-again';

/** Records the justification and sends (or asks the user to send again). Rejects with a message to show. */
export async function justifyAndSend(env: PaneEnv, check: DraftCheck, j: Justification): Promise<JustifyOutcome> {
  if (check.decision.action === 'block') throw new Error('This message is blocked: a justification cannot release it.');
  if (check.decision.action === 'allow') throw new Error('Nothing to justify: this message may be sent as it is.');
  const problem = justificationProblem(j);
  if (problem) throw new Error(problem);
  const item = env.mailbox.item as unknown as Office.MessageCompose & { sessionData?: SessionDataLike };
  if (!item.sessionData)
    throw new Error('This Outlook cannot pass a justification to the send check (Mailbox 1.11 needed).');
  const store = await env.store();
  await store.recordSharingEvent({
    at: env.now(),
    actor: userAddress(env),
    kind: 'override',
    action: 'warn',
    justification: j,
    recipients: check.decision.recipients.map((r) => ({ domain: r.domain, status: r.status })),
    kinds: countKinds(check.decision),
    client: 'outlook',
  });
  await saveJustification(item.sessionData, j, check.scope, env.now());
  if (!env.supports('1.15') || typeof item.sendAsync !== 'function') return 'send-again';
  await officeAsync<void>('sendAsync', (cb) => item.sendAsync(cb));
  return 'sent';
}
