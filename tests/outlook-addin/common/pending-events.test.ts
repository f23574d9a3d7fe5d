/** The send guard's audit queue: bounded, counted when it drops, and only acknowledged events leave it. */
import { addinStorage } from '../../../outlook-addin/common/addin-storage';
import {
  acknowledgeEvents,
  type PendingSharingEvent,
  pendingEvents,
  queueSharingEvent,
} from '../../../outlook-addin/common/pending-events';

function memory() {
  const m = new Map<string, string>();
  return addinStorage({
    runtime: { getItem: async (k) => m.get(k) ?? null, setItem: async (k, v) => void m.set(k, v) },
  });
}
const event = (n: number): PendingSharingEvent => ({
  at: new Date(Date.UTC(2026, 10, 25, 10, n)).toISOString(),
  actor: 'sam.staff@northwind-it.co.uk',
  kind: 'warning',
  action: 'warn',
  recipients: [{ domain: 'cheap-parts-online.example', status: 'unvetted' }],
  kinds: { phone: 1 },
});

describe('pending sharing events', () => {
  it('keeps the newest 50 and counts the dropped', async () => {
    const s = memory();
    for (let i = 0; i < 53; i++) await queueSharingEvent(s, event(i));
    const q = await pendingEvents(s);
    expect(q.events).toHaveLength(50);
    expect(q.dropped).toBe(3);
    expect(q.events[0]).toEqual(event(3));
  });

  it('acknowledging removes only what was written, not events queued meanwhile', async () => {
    const s = memory();
    await queueSharingEvent(s, event(1));
    await queueSharingEvent(s, event(2));
    const seen = await pendingEvents(s);
    await queueSharingEvent(s, event(3));
    await acknowledgeEvents(s, seen.events.length, seen.dropped);
    expect((await pendingEvents(s)).events).toEqual([event(3)]);
  });
});

describe('pending sharing events in roaming settings only', () => {
  it('keeps the newest events that fit 4 KB and counts the rest as dropped', async () => {
    const data: Record<string, unknown> = {};
    const roaming = {
      get: (k: string) => data[k],
      set: (k: string, v: unknown) => {
        data[k] = v;
      },
      saveAsync: (cb?: (r: Office.AsyncResult<void>) => void) =>
        cb?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>),
    };
    const s = addinStorage({ roaming });
    for (let i = 0; i < 40; i++) await queueSharingEvent(s, event(i));
    const q = await pendingEvents(s);
    expect(JSON.stringify(q).length).toBeLessThanOrEqual(4_000);
    expect(q.events.at(-1)).toEqual(event(39));
    expect(q.events.length + q.dropped).toBe(40);
  });
});
