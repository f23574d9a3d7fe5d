/**
 * Sharing events (warnings, blocks, overrides, guard errors) the event handlers could not audit themselves: the
 * JavaScript-only runtime has no IndexedDB. They wait here until the task pane opens and writes them to the store's
 * audit log (`flushPendingEvents`). Bounded: the oldest are dropped past `MAX_PENDING`, and the drop is counted.
 */
import type { PersonalDataKind, RecipientStatus } from '../../shared/core/types';
import type { AddinStorage } from './addin-storage';

/** Storage key. */
export const PENDING_EVENTS_KEY = 'mailguard.pendingEvents';
const MAX_PENDING = 50;
const ROAMING_LIMIT = 4_000;

/** A sharing event as the handler records it (the store's SharingEventInput with `at` as ISO text). */
export interface PendingSharingEvent {
  readonly at: string;
  readonly actor: string;
  readonly kind: 'warning' | 'block' | 'override' | 'guard_error';
  readonly action: 'allow' | 'warn' | 'block';
  readonly justification?: { type: 'business'; reason: string } | { type: 'court_order'; reference: string };
  readonly recipients: readonly { domain: string; status: RecipientStatus }[];
  readonly kinds: Readonly<Partial<Record<PersonalDataKind, number>>>;
  readonly messageId?: string;
}

interface Queue {
  events: PendingSharingEvent[];
  dropped: number;
}

async function readQueue(storage: AddinStorage): Promise<Queue> {
  const text = await storage.read(PENDING_EVENTS_KEY);
  if (!text) return { events: [], dropped: 0 };
  const raw = JSON.parse(text) as Partial<Queue>;
  return { events: Array.isArray(raw.events) ? raw.events : [], dropped: Number(raw.dropped) || 0 };
}

/** Appends one event. */
export async function queueSharingEvent(storage: AddinStorage, event: PendingSharingEvent): Promise<void> {
  const q = await readQueue(storage).catch((): Queue => ({ events: [], dropped: 0 }));
  q.events.push(event);
  while (q.events.length > MAX_PENDING) {
    q.events.shift();
    q.dropped++;
  }
  // Roaming settings (the only store on some clients) get the newest events that fit; the rest count as dropped.
  const roaming = { events: [...q.events], dropped: q.dropped };
  while (roaming.events.length > 1 && JSON.stringify(roaming).length > ROAMING_LIMIT) {
    roaming.events.shift();
    roaming.dropped++;
  }
  await storage.write(PENDING_EVENTS_KEY, JSON.stringify(q), {
    roamingLimit: ROAMING_LIMIT,
    roamingValue: JSON.stringify(roaming),
  });
}

/** The queued events (and how many were dropped), left in place until {@link acknowledgeEvents}. */
export async function pendingEvents(storage: AddinStorage): Promise<Queue> {
  return readQueue(storage);
}

/**
 * Removes the first `count` events and `dropped` from the drop count, once they are safely in the store. Events queued
 * meanwhile stay (the handler only appends).
 */
export async function acknowledgeEvents(storage: AddinStorage, count: number, dropped: number): Promise<void> {
  if (!count && !dropped) return;
  const q = await readQueue(storage);
  q.events.splice(0, count);
  q.dropped = Math.max(0, q.dropped - dropped);
  await storage.write(PENDING_EVENTS_KEY, JSON.stringify(q), { roamingLimit: ROAMING_LIMIT });
}
