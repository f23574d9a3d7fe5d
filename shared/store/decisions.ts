/**
 * Review decisions: validated, applied to the label and written with the decision record and its audit entry in one
 * transaction (both or neither). Invalid input throws before anything is written.
 */
import { auditedWrite, StaleRead, unchanged } from './audited-write';
import type { LabelRow, MailguardDb } from './db';
import { withCategory } from './label-row';
import { activePolicy } from './policies';
import { DEFAULT_DUE_SOON_DAYS, statusAt } from './retention-math';
import { StoreError } from './store-error';
import type { DecisionInput, StoredDecision } from './types';

const invalid = (message: string) => new StoreError('invalid', message);

/** A future ISO instant from a decision's `until`, or an `invalid` error. */
function futureDate(value: string | undefined, at: Date, what: string): string {
  const t = new Date(value ?? '');
  if (value === undefined || Number.isNaN(t.getTime()))
    throw invalid(`${what} must be a date, got ${JSON.stringify(value)}`);
  if (t.getTime() <= at.getTime())
    throw invalid(`${what} (${t.toISOString()}) must be after the decision time (${at.toISOString()})`);
  return t.toISOString();
}

/** Reads the decisions recorded for one message, oldest first. */
export function decisionsFor(db: MailguardDb, mailboxId: string, messageId: string): Promise<StoredDecision[]> {
  return db.decisions.where('[mailboxId+messageId]').equals([mailboxId, messageId]).sortBy('id') as Promise<
    StoredDecision[]
  >;
}

/**
 * Records a decision. Effects on the label: `dispose` marks it disposed and drops its subject (the client deletes the
 * mail; the record keeps the decision, no content); `extend` sets a new expiry; `legal_hold` holds it (never expired while held) until a date
 * or until released; `release_hold` lifts the hold; `relabel` sets a category and recomputes lawful basis, period and
 * expiry from the active policy; `keep` records that a reviewer confirmed the label as it is.
 * @throws StoreError `not_found` (no such label) or `invalid` (empty actor/reason, date not in the future, holding a
 *   disposed item, disposing a held one, releasing what is not held, unknown category); nothing is written.
 */
export async function recordDecision(db: MailguardDb, d: DecisionInput): Promise<StoredDecision> {
  if (!(d.at instanceof Date) || Number.isNaN(d.at.getTime()))
    throw invalid('The decision time (at) must be a valid Date');
  if (!d.actor?.trim()) throw invalid('Who decided (actor) must be given');
  if (!d.reason?.trim()) throw invalid(`A ${d.type} decision needs a reason`);
  const at = d.at.toISOString();
  return auditedWrite(db, ['labels', 'decisions'], 'recording the decision', async () => {
    const label = await db.labels.get([d.mailboxId, d.messageId]);
    if (!label)
      throw new StoreError('not_found', `No label is stored for message ${d.messageId} in mailbox ${d.mailboxId}`);
    if (label.phase === 'disposed') throw invalid('This message was already disposed of; no further decision applies');
    const policy = await activePolicy(db);
    const dueSoonDays = policy?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
    let next: LabelRow = label;
    let until: string | null | undefined;
    switch (d.type) {
      case 'dispose':
        if (label.phase === 'held')
          throw invalid('This message is under legal hold: release the hold before disposing');
        // The mail is gone: drop the readable subject too; ids, hashes and the decision remain as the record.
        next = { ...label, phase: 'disposed', disposedAt: at, subject: null };
        break;
      case 'extend': {
        until = futureDate(d.until, d.at, 'The new expiry');
        next = { ...label, extendedUntil: until, expiresAt: until, dueKey: until };
        break;
      }
      case 'legal_hold':
        until = d.until === undefined ? null : futureDate(d.until, d.at, 'The hold end');
        next = { ...label, phase: 'held', hold: { reason: d.reason, actor: d.actor, since: at, until } };
        break;
      case 'release_hold': {
        if (label.phase !== 'held') throw invalid('This message is not under legal hold');
        const { hold: _released, ...rest } = label;
        next = { ...rest, phase: 'open' };
        break;
      }
      case 'relabel': {
        const category = policy?.categories.find((c) => c.id === d.category);
        if (!policy || !category) throw invalid(`Category "${d.category}" is not in the active policy`);
        next = withCategory(label, category, policy, d.at, {
          correctedBy: d.actor,
          reason: `Relabelled by ${d.actor}: ${d.reason}`,
        });
        break;
      }
      case 'keep':
        break;
      default:
        throw invalid(`Unknown decision type ${JSON.stringify((d as { type: unknown }).type)}`);
    }
    next = {
      ...next,
      status: statusAt(next.phase, next.dueKey, d.at, dueSoonDays),
      lastDecision: { type: d.type, at, actor: d.actor },
      updatedAt: at,
    };
    const before = { status: label.status, expiresAt: label.expiresAt, category: label.category };
    const extra = {
      ...(until !== undefined ? { until } : {}),
      ...(d.type === 'relabel' ? { category: next.category } : {}),
    };
    return {
      drafts: [
        {
          at,
          actor: d.actor,
          type: 'decision',
          target: `${d.mailboxId}/${d.messageId}`,
          details: {
            decision: d.type,
            reason: d.reason,
            ...extra,
            before,
            after: { status: next.status, expiresAt: next.expiresAt, category: next.category },
          },
        },
      ],
      apply: async ([entry]) => {
        if (!unchanged([label], [await db.labels.get([d.mailboxId, d.messageId])]))
          throw new StaleRead('label changed');
        await db.labels.put(next);
        const record = {
          mailboxId: d.mailboxId,
          messageId: d.messageId,
          type: d.type,
          actor: d.actor,
          at,
          reason: d.reason,
          ...extra,
          before,
          auditSeq: entry!.seq,
        };
        const id = await db.decisions.add(record);
        return { ...record, id };
      },
    };
  });
}
