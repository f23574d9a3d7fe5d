/**
 * Re-labelling after a policy change, for labels decided by an older policy version.
 */
import type { Policy } from '../core/policy/schema';
import { auditedWrite, StaleRead, unchanged } from './audited-write';
import type { LabelRow, MailguardDb } from './db';
import { withCategory } from './label-row';
import { validPolicy } from './policies';

/** Labels handled per transaction (and per audit entry). */
export const RELABEL_CHUNK = 1000;

/**
 * Gives every stored, not disposed label whose `policyVersion` differs from `policy.version` the lawful basis, period,
 * expiry and status of its category under `policy` (a category the new policy dropped falls back to its
 * `defaultCategory`, said in the label's reasons). Holds, extensions and a person's correction are kept. Each chunk is
 * written with one audit entry listing the messages and their new category and expiry.
 *
 * Bodies are not stored, so this cannot re-run detection or the category rules: a full reclassification happens when
 * a client sees the message again and calls `saveLabel` with a fresh classification.
 * @throws StoreError `invalid` when `policy` does not validate.
 */
export async function relabelOutdated(db: MailguardDb, policy: Policy, now: Date): Promise<{ updated: number }> {
  const p = validPolicy(policy);
  const fallback = p.categories.find((c) => c.id === p.defaultCategory)!;
  const keys = await db.labels.where('policyVersion').notEqual(p.version).primaryKeys();
  let updated = 0;
  for (let i = 0; i < keys.length; i += RELABEL_CHUNK) {
    const chunkKeys = keys.slice(i, i + RELABEL_CHUNK);
    updated += await auditedWrite(db, ['labels'], 'relabelling for the new policy', async () => {
      const rows = (await db.labels.bulkGet(chunkKeys)).filter(
        (r): r is LabelRow => r !== undefined && r.phase !== 'disposed' && r.policyVersion !== p.version,
      );
      const next = rows.map((row) => {
        const category = p.categories.find((c) => c.id === row.category);
        const reason = category
          ? `Re-evaluated under policy ${p.version} (was ${row.policyVersion}).`
          : `Category "${row.category}" is not in policy ${p.version}: moved to ${fallback.id}.`;
        return withCategory(row, category ?? fallback, p, now, { reason, keepExtension: true });
      });
      const fromVersions = [...new Set(rows.map((r) => r.policyVersion))];
      return {
        drafts: next.length
          ? [
              {
                at: now.toISOString(),
                actor: 'policy',
                type: 'policy_relabel',
                target: p.version,
                details: {
                  fromVersions,
                  toVersion: p.version,
                  items: next.map((r) => ({
                    message: `${r.mailboxId}/${r.messageId}`,
                    category: r.category,
                    expiresAt: r.expiresAt,
                  })),
                },
              },
            ]
          : [],
        apply: async () => {
          const current = await db.labels.bulkGet(rows.map((r): [string, string] => [r.mailboxId, r.messageId]));
          if (!unchanged(rows, current)) throw new StaleRead('labels changed');
          await db.labels.bulkPut(next);
          return next.length;
        },
      };
    });
  }
  return { updated };
}
