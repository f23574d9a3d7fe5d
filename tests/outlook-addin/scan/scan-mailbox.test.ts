/**
 * The Graph mailbox scan against a local server that speaks the Graph subset it uses (see fake-graph-server.ts for the
 * Microsoft documentation each response shape follows):
 * https://learn.microsoft.com/en-us/graph/api/user-list-messages · https://learn.microsoft.com/en-us/graph/paging ·
 * https://learn.microsoft.com/en-us/graph/throttling · https://learn.microsoft.com/en-us/graph/json-batching ·
 * https://learn.microsoft.com/en-us/graph/api/message-update ·
 * https://learn.microsoft.com/en-us/graph/outlook-share-messages-folders
 * Nothing here reaches the real Microsoft Graph. Waits are recorded by an injected sleep, never slept.
 */

import { createGraphClient, type GraphClientOptions } from '../../../outlook-addin/scan/graph-client';
import { checkpointStore, type KeyValueStore } from '../../../outlook-addin/scan/scan-checkpoint';
import { type ScanOptions, type ScanProgress, scanMailbox } from '../../../outlook-addin/scan/scan-mailbox';
import type { Classification, EmailInput } from '../../../shared/core/types';
import type { LabelInput } from '../../../shared/store/types';
import { type FakeGraph, startFakeGraph, syntheticMessages } from './fake-graph-server';

/** A stand-in classifier (the core's classifier is tested in tests/shared/core): card numbers → card_data, else general. */
function classify(email: EmailInput): Classification {
  const category = /4111/.test(email.body) ? 'card_data' : 'general_comms';
  return {
    category,
    lawfulBasis: 'contract',
    retention: { period: 'P6Y', expiresAt: null, status: 'active' },
    personalData: [],
    reasons: [`stand-in rule chose ${category}`],
  };
}

let graph: FakeGraph;
let waits: number[];
let kv: Map<string, string>;
let saved: LabelInput[];

const memoryKv = (): KeyValueStore => ({ read: async (k) => kv.get(k), write: async (k, v) => void kv.set(k, v) });

function client(extra: Partial<GraphClientOptions> = {}) {
  return createGraphClient({
    fetch,
    baseUrl: graph.url,
    getToken: async () => 'token-1',
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    ...extra,
  });
}

function options(extra: Partial<ScanOptions> = {}): ScanOptions {
  return {
    client: client(),
    mailbox: 'me',
    mailboxId: 'ada.fictional@mailguard.test',
    classify,
    categoriesFor: (c) => [`Mailguard: ${c.category}`],
    saveLabels: async (labels) => void saved.push(...labels),
    policyVersion: '2026-11-01',
    checkpoints: checkpointStore(memoryKv()),
    pageSize: 100,
    ...extra,
  };
}

beforeEach(async () => {
  graph = await startFakeGraph({ me: syntheticMessages(250), 'support@mailguard.test': syntheticMessages(45, 'SHRD') });
  waits = [];
  kv = new Map();
  saved = [];
});
afterEach(() => graph.close());

describe('scanMailbox', () => {
  it('pages through every message with $select/$top, labels each, and writes categories in batches of at most 20', async () => {
    const report = await scanMailbox(options());
    expect(report).toMatchObject({ status: 'done', failures: [] });
    expect(report.counts).toEqual({
      scanned: 250,
      labelled: 250,
      categoriesWritten: 250,
      alreadyLabelled: 0,
      failed: 0,
    });
    const pages = graph.log.filter((l) => l.method === 'GET');
    expect(pages.map((p) => new URL(p.path, graph.url).searchParams.get('$skip'))).toEqual([null, '100', '200']);
    expect(new URL(pages[0]!.path, graph.url).searchParams.get('$select')).toBe(
      'id,internetMessageId,conversationId,subject,from,toRecipients,ccRecipients,receivedDateTime,body,hasAttachments,categories',
    );
    expect(pages.every((p) => p.prefer === 'outlook.body-content-type="text"')).toBe(true);
    expect(Math.max(...graph.batchSizes)).toBe(20);
    expect(graph.batchSizes.reduce((a, b) => a + b, 0)).toBe(250);
    expect(new Set(saved.map((l) => l.messageId)).size).toBe(250);
    expect(saved[1]).toMatchObject({
      messageId: 'scan-1@example.test',
      mailboxId: 'ada.fictional@mailguard.test',
      from: 'customer1@example.test',
      participants: ['customer1@example.test', 'support@mailguard.test'],
      threadId: 'conv-0',
      policyVersion: '2026-11-01',
    });
    const me = graph.mailboxes.get('me')!;
    expect(me[0]!.categories).toEqual(['Red category', 'Mailguard: card_data']);
    expect(me[1]!.categories).toEqual(['Mailguard: general_comms']);
  });

  it('honours Retry-After on a throttled page (429) and backs off exponentially with jitter on 503 without it', async () => {
    graph.faults.push({ kind: 'page', at: 2, status: 429, retryAfter: '7' });
    graph.faults.push({ kind: 'page', at: 4, status: 503, times: 2 });
    const report = await scanMailbox(options());
    expect(report.status).toBe('done');
    expect(report.counts.scanned).toBe(250);
    // 7 s from Retry-After; then 503 twice: attempt 0 → 1 s step, attempt 1 → 2 s step, jitter 0.5 → ¾ of each step.
    expect(waits).toEqual([7000, 750, 1500]);
  });

  it('retries only the throttled items of a $batch after their Retry-After, and writes each message once', async () => {
    graph.faults.push({ kind: 'batch-item', at: 3, status: 429, retryAfter: '2', times: 5 });
    graph.faults.push({ kind: 'batch', at: 4, status: 429, retryAfter: '3' });
    const report = await scanMailbox(options());
    expect(report.counts.categoriesWritten).toBe(250);
    expect(waits).toEqual([2000, 3000]);
    expect([...graph.patches.values()].every((n) => n === 1)).toBe(true);
    expect(graph.patches.size).toBe(250);
  });

  it('reports per-item failures inside a batch (message moved away meanwhile) and carries on', async () => {
    const me = graph.mailboxes.get('me')!;
    const movedId = me[5]!.id;
    const report = await scanMailbox(
      options({
        saveLabels: async (labels) => {
          saved.push(...labels);
          me[5]!.id = 'MOVED-ELSEWHERE'; // a move gives a Graph message a new id: the listed id is gone
        },
      }),
    );
    expect(report.status).toBe('done');
    expect(report.failures).toEqual([{ id: movedId, reason: 'the message no longer exists (moved or deleted)' }]);
    expect(report.counts).toMatchObject({ scanned: 250, categoriesWritten: 249, failed: 1 });
  });

  it('stops on a page that keeps failing (500), keeps its checkpoint, and a new run resumes there', async () => {
    graph.faults.push({ kind: 'page', at: 2, status: 500, times: 7 });
    const first = await scanMailbox(options());
    expect(first.status).toBe('failed');
    expect(first.error).toMatch(/Graph answered 500 UnknownError/);
    expect(first.counts.scanned).toBe(100);
    graph.log.length = 0;
    const second = await scanMailbox(options());
    expect(second.status).toBe('done');
    expect(second.counts).toMatchObject({ scanned: 250, labelled: 250, categoriesWritten: 250 });
    expect(new URL(graph.log[0]!.path, graph.url).searchParams.get('$skip')).toBe('100');
    expect([...graph.patches.values()].every((n) => n === 1)).toBe(true);
  });

  it('after a crash between write-back and checkpoint, resumes at that page and writes nothing twice', async () => {
    let saves = 0;
    const store = checkpointStore(memoryKv());
    const crashing = {
      ...store,
      save: async (c: Parameters<typeof store.save>[0]) => {
        if (++saves === 2) throw new Error('Outlook closed');
        return store.save(c);
      },
    };
    const first = await scanMailbox(options({ checkpoints: crashing }));
    expect(first).toMatchObject({ status: 'failed', error: 'Outlook closed' });
    const second = await scanMailbox(options());
    expect(second.status).toBe('done');
    expect(second.counts.alreadyLabelled).toBe(100);
    expect(graph.patches.size).toBe(250);
    expect([...graph.patches.values()].every((n) => n === 1)).toBe(true);
  });

  it('cancels when asked, and the next run continues from the checkpoint', async () => {
    const controller = new AbortController();
    const first = await scanMailbox(
      options({
        signal: controller.signal,
        onProgress: (p) => {
          if (p.counts.scanned >= 100) controller.abort();
        },
      }),
    );
    expect(first.status).toBe('cancelled');
    expect(first.counts.scanned).toBeLessThan(250);
    const second = await scanMailbox(options());
    expect(second).toMatchObject({ status: 'done', counts: { scanned: 250 } });
  });

  it('a second full scan writes nothing: every message already carries its categories', async () => {
    await scanMailbox(options());
    const patchesAfterFirst = graph.batchSizes.length;
    const again = await scanMailbox(options());
    expect(again.counts).toMatchObject({ scanned: 250, categoriesWritten: 0, alreadyLabelled: 250 });
    expect(graph.batchSizes.length).toBe(patchesAfterFirst);
  });

  it('lets a remembered correction decide the label and the categories written', async () => {
    const report = await scanMailbox(
      options({
        correct: async (label) =>
          label.from === 'customer1@example.test'
            ? { ...label, classification: { ...label.classification, category: 'dispute' }, correctedBy: 'alex' }
            : label,
      }),
    );
    expect(report.status).toBe('done');
    expect(saved.find((l) => l.messageId === 'scan-1@example.test')).toMatchObject({ correctedBy: 'alex' });
    expect(graph.mailboxes.get('me')![1]!.categories).toEqual(['Mailguard: dispute']);
    expect(graph.mailboxes.get('me')![2]!.categories).toEqual(['Mailguard: general_comms']);
  });

  it('scans a shared mailbox through /users/{address}/messages and writes back there', async () => {
    const report = await scanMailbox(
      options({ mailbox: 'support@mailguard.test', mailboxId: 'support@mailguard.test' }),
    );
    expect(report.counts).toMatchObject({ scanned: 45, categoriesWritten: 45 });
    expect(graph.log[0]!.path).toMatch(/^\/v1\.0\/users\/support%40mailguard\.test\/messages\?/);
    expect(graph.mailboxes.get('support@mailguard.test')![1]!.categories).toEqual(['Mailguard: general_comms']);
    expect(graph.mailboxes.get('me')!.every((m) => !m.categories.some((c) => c.startsWith('Mailguard')))).toBe(true);
  });

  it('refreshes the token once on 401', async () => {
    graph.tokens = new Set(['token-2']);
    const calls: boolean[] = [];
    const getToken = async (o?: { forceRefresh?: boolean }) => {
      calls.push(Boolean(o?.forceRefresh));
      return o?.forceRefresh ? 'token-2' : 'token-1';
    };
    const report = await scanMailbox(options({ client: client({ getToken }) }));
    expect(report.status).toBe('done');
    expect(calls.slice(0, 2)).toEqual([false, true]);
  });

  it('goes on without a total when the mailbox refuses $count (400)', async () => {
    graph.faults.push({ kind: 'page', at: 1, status: 400 });
    const seen: ScanProgress[] = [];
    const report = await scanMailbox(options({ onProgress: (p) => seen.push(p) }));
    expect(report).toMatchObject({ status: 'done', counts: { scanned: 250 } });
    expect(graph.log[1]!.path).not.toContain('count');
    expect(seen.every((p) => p.total === undefined && p.secondsLeft === undefined)).toBe(true);
  });

  it('reports progress with counts, the total and an estimate of time left', async () => {
    let clock = 0;
    const seen: ScanProgress[] = [];
    await scanMailbox(
      options({
        now: () => clock,
        saveLabels: async (labels) => {
          clock += 1000;
          saved.push(...labels);
        },
        onProgress: (p) => seen.push(p),
      }),
    );
    const afterFirstPage = seen.find((p) => p.counts.scanned === 100 && p.phase === 'writing')!;
    expect(afterFirstPage.total).toBe(250);
    expect(afterFirstPage.messagesPerSecond).toBe(100);
    expect(afterFirstPage.secondsLeft).toBe(1.5);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', counts: { scanned: 250 } });
  });
});
