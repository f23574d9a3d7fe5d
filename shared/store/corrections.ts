/**
 * Remembered corrections: a person says mail from a sender (or in a thread) belongs to a category. The rule is kept
 * per mailbox under the thread id or the sender's hash (never the address), already stored labels it covers are
 * relabelled from the active policy, and the whole change is audited in one transaction.
 */
import { auditedWrite, StaleRead, unchanged } from './audited-write';
import type { CorrectionRow, LabelRow, MailguardDb } from './db';
import { hashAddress } from './hashing';
import { withCategory } from './label-row';
import { activePolicy } from './policies';
import { StoreError } from './store-error';
import type { CorrectionInput } from './types';

function need(value: string | undefined, what: string): string {
  if (!value?.trim()) throw new StoreError('invalid', `${what} must not be empty`);
  return value;
}

/** Looks up the remembered correction for a message: its thread's first, then its sender's. */
export async function correctionFor(
  db: MailguardDb,
  q: { mailboxId: string; from?: string; threadId?: string },
): Promise<{ category: string; actor: string } | undefined> {
  const keys: [string, string, string][] = [];
  if (q.threadId) keys.push([q.mailboxId, 'thread', q.threadId]);
  if (q.from) keys.push([q.mailboxId, 'sender', await hashAddress(q.from)]);
  if (keys.length === 0) return undefined;
  const found = (await db.corrections.bulkGet(keys)).find((r) => r !== undefined);
  return found ? { category: found.category, actor: found.actor } : undefined;
}

/**
 * Remembers a correction and relabels the stored, not disposed labels it covers (category, lawful basis, period and
 * expiry from the active policy; a hold stays a hold). Audited with the relabelled message ids.
 * @throws StoreError `invalid` for an empty field, neither sender nor thread, or a category the active policy lacks.
 */
export async function rememberCorrection(db: MailguardDb, c: CorrectionInput, now = new Date()): Promise<void> {
  need(c.mailboxId, 'mailboxId');
  need(c.category, 'category');
  need(c.actor, 'actor');
  need(c.reason, 'reason');
  if (!c.from && !c.threadId)
    throw new StoreError('invalid', 'A correction needs a sender (from) or a thread (threadId)');
  const senderHash = c.from ? await hashAddress(c.from) : undefined;
  await auditedWrite(db, ['labels', 'corrections'], 'remembering the correction', async () => {
    const policy = await activePolicy(db);
    const category = policy?.categories.find((k) => k.id === c.category);
    if (policy && !category) throw new StoreError('invalid', `Category "${c.category}" is not in the active policy`);
    const rows: CorrectionRow[] = [];
    const at = now.toISOString();
    const base = { mailboxId: c.mailboxId, category: c.category, actor: c.actor, reason: c.reason, at };
    if (c.threadId) rows.push({ ...base, scope: 'thread', key: c.threadId });
    if (senderHash) rows.push({ ...base, scope: 'sender', key: senderHash });
    const covered = new Map<string, LabelRow>();
    if (c.threadId) {
      for (const r of await db.labels.where('[mailboxId+threadId]').equals([c.mailboxId, c.threadId]).toArray()) {
        covered.set(r.messageId, r);
      }
    }
    if (senderHash) {
      for (const r of await db.labels.where('[mailboxId+senderHash]').equals([c.mailboxId, senderHash]).toArray()) {
        covered.set(r.messageId, r);
      }
    }
    const reason = `Corrected by ${c.actor}: ${c.reason}`;
    const before = [...covered.values()].filter((r) => r.phase !== 'disposed' && r.category !== c.category);
    const after =
      policy && category
        ? before.map((r) =>
            withCategory(r, category, policy, now, { correctedBy: c.actor, reason, keepExtension: true }),
          )
        : [];
    return {
      drafts: [
        {
          at,
          actor: c.actor,
          type: 'correction_remembered',
          target: c.mailboxId,
          details: {
            category: c.category,
            reason: c.reason,
            ...(c.threadId ? { threadId: c.threadId } : {}),
            ...(senderHash ? { senderHash } : {}),
            relabelled: after.map((r) => r.messageId),
          },
        },
      ],
      apply: async () => {
        const current = await db.labels.bulkGet(before.map((r) => [r.mailboxId, r.messageId] as [string, string]));
        if (!unchanged(before, current)) throw new StaleRead('labels changed');
        await db.corrections.bulkPut(rows);
        await db.labels.bulkPut(after);
      },
    };
  });
}
