/**
 * Writes the sharing events the send guard queued (it cannot reach IndexedDB) into the store's audit log, and notes
 * how many the bounded queue had to drop; only then are they removed from the queue. Called when a pane opens.
 */
import { acknowledgeEvents, pendingEvents } from '../common/pending-events';
import { type PaneEnv, userAddress } from './pane-env';

/** Flushes the queue; resolves with how many events were written. */
export async function flushPendingEvents(env: PaneEnv): Promise<number> {
  const { events, dropped } = await pendingEvents(env.storage);
  if (!events.length && !dropped) return 0;
  const store = await env.store();
  for (const e of events) {
    await store.recordSharingEvent({ ...e, at: new Date(e.at), client: 'outlook' });
  }
  if (dropped) {
    await store.recordSharingEvent({
      at: env.now(),
      actor: userAddress(env),
      kind: 'guard_error',
      action: 'block',
      recipients: [],
      kinds: {},
      messageId: `pending-queue-overflow:${dropped}`,
      client: 'outlook',
    });
  }
  await acknowledgeEvents(env.storage, events.length, dropped);
  return events.length;
}
