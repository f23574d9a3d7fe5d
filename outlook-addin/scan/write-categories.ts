/**
 * Writes Outlook categories back to messages through Graph JSON batching: 20 PATCH requests a `$batch`; items the
 * batch answers with 429/503/504 are retried after the longest `Retry-After` among them; other per-item failures are
 * reported with Graph's message, never retried blindly and never fatal to the scan.
 */
import type { GraphClient } from './graph-client';
import type { BatchRequest, BatchResponse } from './graph-types';

/** One message's new category list (the whole list: Graph replaces `categories`). */
export interface CategoryWrite {
  readonly id: string;
  readonly categories: readonly string[];
}

/** What happened to the writes. */
export interface CategoryWriteResult {
  readonly written: number;
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
}

const BATCH_SIZE = 20;
const RETRY_STATUS = new Set([429, 503, 504]);

/**
 * @param mailboxPath `/me` or `/users/{address}` (relative, as batch URLs are).
 * @param maxRounds how often throttled items are retried (default 6).
 */
export async function writeCategories(
  client: GraphClient,
  mailboxPath: string,
  writes: readonly CategoryWrite[],
  signal?: AbortSignal,
  maxRounds = 6,
): Promise<CategoryWriteResult> {
  let written = 0;
  const failed: { id: string; reason: string }[] = [];
  for (let start = 0; start < writes.length; start += BATCH_SIZE) {
    let pending = writes.slice(start, start + BATCH_SIZE);
    for (let round = 0; pending.length; round++) {
      const requests: BatchRequest[] = pending.map((w, i) => ({
        id: String(i + 1),
        method: 'PATCH',
        url: `${mailboxPath}/messages/${encodeURIComponent(w.id)}`,
        headers: { 'Content-Type': 'application/json' },
        body: { categories: w.categories },
      }));
      const responses = new Map((await client.batch(requests, signal)).map((r) => [r.id, r]));
      const retry: CategoryWrite[] = [];
      let retryAfter: string | undefined;
      pending.forEach((w, i) => {
        const r = responses.get(String(i + 1));
        if (r && r.status >= 200 && r.status < 300) written++;
        else if ((!r || RETRY_STATUS.has(r.status)) && round < maxRounds) {
          retry.push(w);
          retryAfter = longer(retryAfter, header(r, 'retry-after'));
        } else failed.push({ id: w.id, reason: reasonOf(r) });
      });
      pending = retry;
      if (pending.length) await client.wait(round, retryAfter, 'throttled inside $batch', signal);
    }
  }
  return { written, failed };
}

function header(r: BatchResponse | undefined, name: string): string | undefined {
  for (const [key, value] of Object.entries(r?.headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}

function longer(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Number(b) > Number(a) ? b : a;
}

function reasonOf(r: BatchResponse | undefined): string {
  if (!r) return 'the batch answer had no response for this item';
  const error = (r.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (r.status === 404) return 'the message no longer exists (moved or deleted)';
  return `Graph answered ${r.status}${error?.code ? ` ${error.code}` : ''}${error?.message ? `: ${error.message}` : ''}`;
}
