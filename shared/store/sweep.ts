/**
 * The daily sweep: recomputes every label's stored status at `now`, in chunks along the primary key, writing only the
 * rows that changed. A legal hold whose `until` has passed lapses here (the label returns to the open queue); each
 * chunk's lapses are audited in the same transaction as the write.
 */

import type { AuditDraft } from './audit-chain';
import { auditedWrite, StaleRead, unchanged } from './audited-write';
import type { LabelRow, MailguardDb } from './db';
import { activePolicy } from './policies';
import { DEFAULT_DUE_SOON_DAYS, statusAt } from './retention-math';
import { StoreError } from './store-error';

/** Rows read per chunk: big enough to amortise a transaction, small enough to keep each one short. */
export const SWEEP_CHUNK = 2000;

/** The row as it should be at `now`, or undefined when nothing changes. */
function swept(row: LabelRow, now: Date, nowIso: string, dueSoonDays: number): LabelRow | undefined {
  let next = row;
  if (row.phase === 'held' && row.hold?.until && row.hold.until <= nowIso) {
    const { hold: _lapsed, ...rest } = row;
    next = { ...rest, phase: 'open', updatedAt: nowIso };
  }
  const status = statusAt(next.phase, next.dueKey, now, dueSoonDays);
  if (status !== next.status) next = { ...next, status, updatedAt: nowIso };
  return next === row ? undefined : next;
}

/**
 * Recomputes statuses for everything stored.
 * @returns how many rows changed and the count of each status after the sweep.
 * @throws StoreError `invalid` for a bad `now`; storage errors as StoreError (chunks already written stay written and
 *   are correct; a re-run finishes the rest).
 */
export async function sweep(
  db: MailguardDb,
  now: Date,
): Promise<{ changed: number; byStatus: Record<string, number> }> {
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new StoreError('invalid', 'now must be a valid Date');
  const nowIso = now.toISOString();
  const dueSoonDays = (await activePolicy(db))?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const byStatus: Record<string, number> = { expired: 0, due_soon: 0, active: 0, legal_hold: 0, disposed: 0 };
  let changed = 0;
  let after: [string, string] | undefined;
  const readChunk = async () => {
    const coll = after ? db.labels.where(':id').above(after) : db.labels.toCollection();
    const rows = await coll.limit(SWEEP_CHUNK).toArray();
    const before: LabelRow[] = [];
    const updates: LabelRow[] = [];
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const next = swept(row, now, nowIso, dueSoonDays);
      if (next) {
        before.push(row);
        updates.push(next);
      }
      const status = (next ?? row).status;
      counts[status] = (counts[status] ?? 0) + 1;
    }
    return { last: rows[rows.length - 1], before, updates, counts };
  };
  for (;;) {
    let chunk = await readChunk();
    if (!chunk.last) break;
    if (chunk.updates.length > 0) {
      // The first attempt uses the rows just read; a retry (another writer touched a row) re-reads and recomputes.
      let attempt = 0;
      await auditedWrite(db, ['labels'], 'sweeping statuses', async () => {
        if (attempt++ > 0) chunk = await readChunk();
        const { before, updates } = chunk;
        const lapsed = updates.filter((u, i) => before[i]!.phase === 'held' && u.phase === 'open');
        const drafts: AuditDraft[] = lapsed.length
          ? [
              {
                at: nowIso,
                actor: 'sweep',
                type: 'hold_lapsed',
                target: 'labels',
                details: { messages: lapsed.map((u) => `${u.mailboxId}/${u.messageId}`) },
              },
            ]
          : [];
        return {
          drafts,
          apply: async () => {
            const keys = before.map((r): [string, string] => [r.mailboxId, r.messageId]);
            if (!unchanged(before, await db.labels.bulkGet(keys))) throw new StaleRead('labels changed');
            await db.labels.bulkPut(updates);
          },
        };
      });
    }
    for (const [status, n] of Object.entries(chunk.counts)) byStatus[status] = (byStatus[status] ?? 0) + n;
    changed += chunk.updates.length;
    if (!chunk.last) break;
    after = [chunk.last.mailboxId, chunk.last.messageId];
  }
  return { changed, byStatus };
}
