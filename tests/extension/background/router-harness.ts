/** A real router over a real store in fake-indexeddb, with settings held in memory (the browser's storage areas). */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRequestRouter, type RequestSender } from '../../../extension/background/handle-request';
import { loadSettings, type PolicyParser, type Settings } from '../../../extension/background/settings';
import { syncPolicy } from '../../../extension/background/sync-policy';
import type { Reply, Request, ResponseOf, RowCells, Verb } from '../../../extension/messaging/protocol';
import { classifyEmail } from '../../../shared/core/classify';
import { describeKind } from '../../../shared/core/detect';
import { defaultPolicy, parsePolicy } from '../../../shared/core/policy';
import { openStore } from '../../../shared/store/index';
import type { MailguardStore } from '../../../shared/store/types';

let n = 0;

/** A router, its store and storage areas, at a fixed clock. */
export async function makeRouter(now = new Date('2026-11-25T12:00:00Z')) {
  const store: MailguardStore = await openStore({ name: `router-test-${n++}-${Date.now()}`, indexedDB, IDBKeyRange });
  const local: Record<string, unknown> = {};
  const managed: Record<string, unknown> = {};
  let changes = 0;
  const settings = (): Promise<Settings> =>
    loadSettings(
      { local: { get: async () => ({ ...local }) }, managed: { get: async () => ({ ...managed }) } },
      parsePolicy as PolicyParser,
      defaultPolicy,
    );
  const router = createRequestRouter({
    store: async () => {
      await syncPolicy(store, await settings());
      return store;
    },
    settings,
    saveLocal: async (patch) => {
      if (patch.role !== undefined) local['mailguard.role'] = patch.role;
      if (patch.actor !== undefined) local['mailguard.actor'] = patch.actor;
      if (patch.policy !== undefined) local['mailguard.policy'] = patch.policy;
    },
    classify: classifyEmail,
    parsePolicy: parsePolicy as PolicyParser,
    describeKind,
    now: () => now,
    changed: () => {
      changes++;
    },
  });
  const page: RequestSender = { fromContentScript: false };
  const tab: RequestSender = { fromContentScript: true, tabId: 7 };
  /** Sends as a page (or the given sender) and returns the raw reply. */
  const send = <V extends Verb>(r: Extract<Request, { type: V }>, sender: RequestSender = page) =>
    router.handle(r, sender) as Promise<Reply<V>>;
  /** Sends and unwraps, failing on an error reply. */
  const ok = async <V extends Verb>(
    r: Extract<Request, { type: V }>,
    sender: RequestSender = page,
  ): Promise<ResponseOf<V>> => {
    const reply = await send(r, sender);
    if (!reply.ok) throw new Error(`${r.type} failed: ${reply.error}`);
    return reply.value;
  };
  return { store, local, managed, send, ok, tab, page, changes: () => changes, close: () => store.close() };
}

/** A row as a content script sends it: cells as shown (the sender's name and address, the date as a title attribute). */
export const row = (id: string, from: string, subject: string, preview: string): RowCells => ({
  messageId: id,
  threadId: `t-${id}`,
  from: [null, `Someone <${from}>`],
  subject: ` ${subject}\n`,
  preview,
  dates: ['Fri 20/11/2026 09:00'],
});
