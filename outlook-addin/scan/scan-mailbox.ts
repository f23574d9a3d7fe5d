/**
 * Scans a whole mailbox (the user's or a shared one) through Microsoft Graph: pages through the messages selecting
 * only what classification needs, labels each (stored through the caller's `saveLabels`), writes the Outlook
 * categories back in `$batch`es, checkpoints after each page, and can be cancelled at any time. Resuming repeats at
 * most one page and writes nothing twice: a message whose Mailguard categories are already the wanted ones is skipped.
 */
import type { Classification, EmailInput } from '../../shared/core/types';
import type { LabelInput } from '../../shared/store/types';
import { type GraphClient, GraphError } from './graph-client';
import { graphMessageToEmail } from './graph-message-to-email';
import type { GraphMessage, GraphPage } from './graph-types';
import type { CheckpointStore, ScanCheckpoint, ScanCounts } from './scan-checkpoint';
import { type CategoryWrite, writeCategories } from './write-categories';

/** Only what classification and write-back need. */
export const SCAN_SELECT = [
  'id', 'internetMessageId', 'conversationId', 'subject', 'from', 'toRecipients', 'ccRecipients', 'receivedDateTime',
  'body', 'hasAttachments', 'categories',
].join(','); // biome-ignore format: a field list

/** Progress as the panel shows it. */
export interface ScanProgress {
  readonly counts: ScanCounts;
  readonly total?: number;
  readonly messagesPerSecond: number;
  readonly secondsLeft?: number;
  readonly phase: 'reading' | 'writing' | 'done' | 'cancelled' | 'failed';
}

/** The outcome of one run (a resumed run reports the counts of the whole scan). */
export interface ScanReport {
  readonly status: 'done' | 'cancelled' | 'failed';
  readonly counts: ScanCounts;
  readonly error?: string;
  /** The first 100 per-message failures (category write-back). */
  readonly failures: readonly { readonly id: string; readonly reason: string }[];
}

/** Everything the scan is given (all injectable: tests pass a local Graph and in-memory stores). */
export interface ScanOptions {
  readonly client: GraphClient;
  /** `'me'`, or the address of a shared mailbox the user can open. */
  readonly mailbox: string;
  /** The store's mailbox id for labels (the mailbox's address). */
  readonly mailboxId: string;
  readonly classify: (email: EmailInput) => Classification;
  /** The Mailguard categories a label wants on the message. */
  readonly categoriesFor: (classification: Classification) => readonly string[];
  /** Whether a category is one of ours (default: starts with `Mailguard: `); others on a message are kept. */
  readonly isOwnCategory?: (name: string) => boolean;
  readonly saveLabels: (labels: readonly LabelInput[]) => Promise<unknown>;
  /** Applies a person's remembered correction (by sender or thread) to a machine label before it is saved and written. */
  readonly correct?: (label: LabelInput) => Promise<LabelInput>;
  readonly policyVersion: string;
  readonly checkpoints: CheckpointStore;
  /** `$top` (default 100). */
  readonly pageSize?: number;
  readonly writeBack?: boolean;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  readonly onProgress?: (progress: ScanProgress) => void;
}

const ZERO: ScanCounts = { scanned: 0, labelled: 0, categoriesWritten: 0, alreadyLabelled: 0, failed: 0 };

/** See the file comment. Never throws for Graph or store failures: they end the run with `status: 'failed'`. */
export async function scanMailbox(o: ScanOptions): Promise<ScanReport> {
  const now = o.now ?? Date.now;
  const own = o.isOwnCategory ?? ((c: string) => c.startsWith('Mailguard: '));
  const base = o.mailbox === 'me' ? '/me' : `/users/${encodeURIComponent(o.mailbox)}`;
  const saved = await o.checkpoints.load(o.mailbox);
  const resumable = saved && saved.next !== null ? saved : undefined;
  let counts = resumable?.counts ?? ZERO;
  let total = resumable?.total;
  let next: string | null =
    resumable?.next ?? `${base}/messages?$select=${SCAN_SELECT}&$top=${o.pageSize ?? 100}&$count=true`;
  const startedAt = resumable?.startedAt ?? new Date(now()).toISOString();
  const failures: { id: string; reason: string }[] = [];
  const runStart = now();
  const scannedAtStart = counts.scanned;
  const progress = (phase: ScanProgress['phase']) => {
    const seconds = (now() - runStart) / 1000;
    const rate = seconds > 0 ? (counts.scanned - scannedAtStart) / seconds : 0;
    const left = total !== undefined && rate > 0 ? Math.max(0, total - counts.scanned) / rate : undefined;
    o.onProgress?.({
      counts,
      ...(total === undefined ? {} : { total }),
      messagesPerSecond: rate,
      ...(left === undefined ? {} : { secondsLeft: left }),
      phase,
    });
  };
  const checkpoint = (nextUrl: string | null): ScanCheckpoint => ({
    version: 1, mailbox: o.mailbox, next: nextUrl, counts, ...(total === undefined ? {} : { total }), startedAt,
    updatedAt: new Date(now()).toISOString(),
  }); // biome-ignore format: a record
  try {
    while (next) {
      if (o.signal?.aborted) return finish('cancelled');
      progress('reading');
      const page = await getPage(o.client, next, o.signal);
      if (typeof page['@odata.count'] === 'number') total = page['@odata.count'];
      const machine: LabelInput[] = page.value.map((m) => {
        const { key, email, participants } = graphMessageToEmail(m);
        return {
          mailboxId: o.mailboxId, messageId: key, ...(m.conversationId ? { threadId: m.conversationId } : {}),
          receivedAt: email.receivedAt, from: email.from, participants, subject: email.subject,
          classification: o.classify(email), policyVersion: o.policyVersion,
        }; // biome-ignore format: a record
      });
      const labels = o.correct ? await Promise.all(machine.map(o.correct)) : machine;
      const writes: CategoryWrite[] = [];
      page.value.forEach((m, i) => {
        const current = m.categories ?? [];
        const wanted = o.categoriesFor(labels[i]!.classification);
        if (sameSet(current.filter(own), wanted)) counts = { ...counts, alreadyLabelled: counts.alreadyLabelled + 1 };
        else writes.push({ id: m.id, categories: [...current.filter((c) => !own(c)), ...wanted] });
      });
      await o.saveLabels(labels);
      counts = { ...counts, scanned: counts.scanned + page.value.length, labelled: counts.labelled + labels.length };
      if (o.writeBack !== false && writes.length) {
        progress('writing');
        const result = await writeCategories(o.client, base, writes, o.signal);
        failures.push(...result.failed.slice(0, 100 - failures.length));
        counts = {
          ...counts,
          categoriesWritten: counts.categoriesWritten + result.written,
          failed: counts.failed + result.failed.length,
        };
      }
      next = page['@odata.nextLink'] ?? null;
      await o.checkpoints.save(checkpoint(next));
    }
    return finish('done');
  } catch (error) {
    if (o.signal?.aborted) return finish('cancelled');
    return finish('failed', error instanceof Error ? error.message : String(error));
  }

  function finish(status: ScanReport['status'], error?: string): ScanReport {
    progress(status);
    return { status, counts, failures, ...(error ? { error } : {}) };
  }
}

/**
 * One page. The first request asks for `$count=true` (the total, for the time-left estimate); should a mailbox answer
 * 400 to that, the page is asked for again without it and the scan goes on without a total.
 */
async function getPage(client: GraphClient, url: string, signal?: AbortSignal): Promise<GraphPage<GraphMessage>> {
  const headers = { Prefer: 'outlook.body-content-type="text"' };
  try {
    return await client.get<GraphPage<GraphMessage>>(url, headers, signal);
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 400 || !url.includes('&$count=true')) throw error;
    return client.get<GraphPage<GraphMessage>>(url.replace('&$count=true', ''), headers, signal);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a.map((x) => x.toLowerCase()));
  return b.every((x) => set.has(x.toLowerCase()));
}
