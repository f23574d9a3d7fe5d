/**
 * Saving and reading labels. A save is an upsert by (mailboxId, messageId) that keeps decisions and a person's
 * correction; a remembered correction for the thread or sender is applied to a new machine label; a save that is
 * itself a person's correction (`correctedBy`) is audited in the same transaction.
 */

import Dexie from 'dexie';
import type { Policy } from '../core/policy/schema';
import type { AuditDraft } from './audit-chain';
import { auditedWrite, StaleRead, unchanged } from './audited-write';
import type { CorrectionRow, LabelRow, MailguardDb } from './db';
import { hashAddress } from './hashing';
import { buildLabelRow, mergeLabel, toStoredLabel, withCategory } from './label-row';
import { activePolicy } from './policies';
import { DEFAULT_DUE_SOON_DAYS } from './retention-math';
import type { LabelInput, StoredLabel } from './types';

type Key = [string, string];

/** Applies a remembered correction (thread first, then sender) to a machine label, when the policy knows the category. */
function applyRemembered(
  row: LabelRow,
  policy: Policy | undefined,
  found: Map<string, { category: string; actor: string }>,
  now: Date,
): LabelRow {
  if (row.correctedBy || !policy) return row;
  const hit =
    (row.threadId && found.get(`${row.mailboxId}\u0000thread\u0000${row.threadId}`)) ||
    found.get(`${row.mailboxId}\u0000sender\u0000${row.senderHash}`);
  const category = hit && policy.categories.find((k) => k.id === hit.category);
  if (!hit || !category || category.id === row.category) return row;
  const reason = `Corrected by ${hit.actor}: a person relabelled mail like this as ${category.title}.`;
  return withCategory(row, category, policy, now, { correctedBy: hit.actor, reason });
}

/** Adds rows whose key is free; returns the positions whose key is already taken. Other failures are thrown. */
async function addNew(db: MailguardDb, rows: readonly LabelRow[]): Promise<number[]> {
  try {
    await db.labels.bulkAdd(rows as LabelRow[]);
    return [];
  } catch (err) {
    if (!(err instanceof Dexie.BulkError)) throw err;
    const failures = Object.entries(err.failuresByPos);
    const other = failures.find(([, e]) => e.name !== 'ConstraintError');
    if (other) throw other[1];
    return failures.map(([pos]) => Number(pos)).sort((a, b) => a - b);
  }
}

/**
 * Upserts many labels in one transaction (import and backfill use this; `saveLabel` is the one-message case).
 * @throws StoreError `invalid` on a bad input (nothing of the batch is written), `quota`/`aborted` on storage failure.
 */
export async function saveLabels(
  db: MailguardDb,
  inputs: readonly LabelInput[],
  now = new Date(),
): Promise<StoredLabel[]> {
  if (inputs.length === 0) return [];
  return auditedWrite(db, ['labels'], 'saving labels', async () => {
    const policy = await activePolicy(db);
    const dueSoonDays = policy?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
    // One at a time: many concurrent WebCrypto digests are slower than a plain loop (measured in Chromium).
    const fresh: LabelRow[] = [];
    for (const input of inputs) fresh.push(await buildLabelRow(input, policy, now));
    // Corrections are few: read each mailbox's whole set (a range read) rather than two point reads per label.
    const found = new Map<string, CorrectionRow>();
    for (const mailboxId of new Set(fresh.map((r) => r.mailboxId))) {
      const rows = await db.corrections
        .where('[mailboxId+scope+key]')
        .between([mailboxId, Dexie.minKey], [mailboxId, Dexie.maxKey])
        .toArray();
      for (const c of rows) found.set(`${c.mailboxId}\u0000${c.scope}\u0000${c.key}`, c);
    }
    const keys = fresh.map((r): Key => [r.mailboxId, r.messageId]);
    // Only a person's correction is audited, so only those rows must be read before sealing (and re-checked after).
    const corrected = inputs.flatMap((input, i) => (input.correctedBy ? [i] : []));
    const correctedBefore = await db.labels.bulkGet(corrected.map((i) => keys[i]!));
    const drafts: AuditDraft[] = [];
    corrected.forEach((i, k) => {
      const before = correctedBefore[k];
      const row = fresh[i]!;
      if (before?.category !== row.category || before?.correctedBy !== row.correctedBy) {
        drafts.push({
          at: now.toISOString(),
          actor: row.correctedBy!,
          type: 'label_correction',
          target: `${row.mailboxId}/${row.messageId}`,
          details: { from: before?.category ?? null, to: row.category, policyVersion: row.policyVersion },
        });
      }
    });
    return {
      drafts,
      apply: async () => {
        // Add first: new messages (an import) cost one write and no read. Keys already stored fail with
        // ConstraintError (nothing written for them); only those are read, merged and put.
        const candidates = fresh.map((r) => applyRemembered(r, policy, found, now));
        const taken = await addNew(db, candidates);
        const existing: (LabelRow | undefined)[] = new Array(keys.length);
        const got = await db.labels.bulkGet(taken.map((i) => keys[i]!));
        taken.forEach((i, k) => {
          existing[i] = got[k];
        });
        if (
          !unchanged(
            correctedBefore,
            corrected.map((i) => existing[i]),
          )
        )
          throw new StaleRead('labels changed');
        const merged = candidates.map((r, i) => mergeLabel(existing[i], r, now, dueSoonDays));
        await db.labels.bulkPut(taken.map((i) => merged[i]!));
        return merged.map((r) => toStoredLabel(r));
      },
    };
  });
}

/** Reads one label. */
export async function getLabel(
  db: MailguardDb,
  mailboxId: string,
  messageId: string,
): Promise<StoredLabel | undefined> {
  const row = await db.labels.get([mailboxId, messageId]);
  return row && toStoredLabel(row);
}

/** Reads labels for many messages of one mailbox, in the order asked (undefined where none is stored). */
export async function getLabels(
  db: MailguardDb,
  mailboxId: string,
  messageIds: readonly string[],
): Promise<(StoredLabel | undefined)[]> {
  const rows = await db.labels.bulkGet(messageIds.map((id): Key => [mailboxId, id]));
  return rows.map((r) => r && toStoredLabel(r));
}

/**
 * Every stored label of mail to or from `address` (a data-subject request), across mailboxes, newest first.
 * Matches the SHA-256 of the lower-cased address against each label's participant hashes (index lookup).
 * @throws TypeError when `address` is not an email address.
 */
export async function findBySubject(db: MailguardDb, address: string): Promise<StoredLabel[]> {
  const hash = await hashAddress(address);
  const rows = await db.labels.where('participantHashes').equals(hash).toArray();
  return rows.sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1)).map((r) => toStoredLabel(r));
}
