/**
 * Building label rows: what is kept of a message (hashes, domain, a short subject, kinds and counts) and how a fresh
 * machine label merges with what is stored (decisions and a person's correction survive a re-classification).
 */
import type { Policy, PolicyCategory } from '../core/policy/schema';
import type { PersonalDataKind } from '../core/types';
import type { LabelRow } from './db';
import { domainOf, hashAddress, normaliseAddress, sha256Hex } from './hashing';
import { addIsoDuration, DEFAULT_DUE_SOON_DAYS, isoInstant, NEVER, statusAt } from './retention-math';
import type { LabelInput, LabelPhase, StoredLabel } from './types';

/** Longest subject kept, in characters (code points), an ellipsis included. */
export const SUBJECT_MAX = 60;

/** The subject cut to {@link SUBJECT_MAX} characters (code points, so no split emoji), ending in `…` when cut. */
export function truncateSubject(subject: string): string {
  const chars = Array.from(subject.replace(/\s+/g, ' ').trim());
  return chars.length <= SUBJECT_MAX ? chars.join('') : `${chars.slice(0, SUBJECT_MAX - 1).join('')}…`;
}

/** Counts findings per kind: what is kept instead of the values. */
export function countKinds(findings: readonly { kind: PersonalDataKind }[]): Partial<Record<PersonalDataKind, number>> {
  const counts: Partial<Record<PersonalDataKind, number>> = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${what} must be a non-empty string`);
  return value;
}

/**
 * A fresh row for a classified message (no decisions yet). Hashing is async, so call this outside transactions.
 * @throws TypeError on missing ids, a bad date or a sender that is not an address.
 */
export async function buildLabelRow(input: LabelInput, policy: Policy | undefined, now: Date): Promise<LabelRow> {
  requireText(input.mailboxId, 'mailboxId');
  requireText(input.messageId, 'messageId');
  requireText(input.policyVersion, 'policyVersion');
  const c = input.classification;
  if (!c || typeof c.category !== 'string') throw new TypeError('classification is required');
  const receivedAt = isoInstant(input.receivedAt, 'receivedAt');
  const expiresAt = c.retention.expiresAt === null ? null : isoInstant(c.retention.expiresAt, 'expiresAt');
  const from = normaliseAddress(input.from);
  const addresses = new Set([from, ...input.participants.map(normaliseAddress)]);
  const participantHashes: string[] = [];
  for (const a of addresses) participantHashes.push(await hashAddress(a));
  const hashOnly = policy?.subjectStorage === 'hash';
  const dueKey = expiresAt ?? NEVER;
  return {
    mailboxId: input.mailboxId,
    messageId: input.messageId,
    ...(input.threadId ? { threadId: input.threadId } : {}),
    receivedAt,
    senderDomain: domainOf(from),
    senderHash: participantHashes[0]!,
    participantHashes,
    subject: hashOnly ? null : truncateSubject(input.subject),
    ...(hashOnly ? { subjectHash: await sha256Hex(input.subject) } : {}),
    category: c.category,
    lawfulBasis: c.lawfulBasis,
    period: c.retention.period,
    expiresAt,
    status: statusAt('open', dueKey, now, policy?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS),
    kinds: countKinds(c.personalData),
    reasons: [...c.reasons],
    policyVersion: input.policyVersion,
    ...(input.correctedBy ? { correctedBy: input.correctedBy } : {}),
    phase: 'open',
    dueKey,
    updatedAt: now.toISOString(),
  };
}

/**
 * The row with a category from `policy` applied: lawful basis, period and expiry (received + period, or an
 * extension when one was decided) come from the policy's category; a hold keeps its status.
 */
export function withCategory(
  row: LabelRow,
  category: PolicyCategory,
  policy: Policy,
  now: Date,
  extra: { correctedBy?: string; reason?: string; keepExtension?: boolean } = {},
): LabelRow {
  const base = addIsoDuration(row.receivedAt, category.retention.period);
  const extendedUntil = extra.keepExtension ? row.extendedUntil : undefined;
  const expiresAt = extendedUntil ?? base;
  const { extendedUntil: _dropped, ...rest } = row;
  return {
    ...rest,
    ...(extendedUntil ? { extendedUntil } : {}),
    category: category.id,
    lawfulBasis: category.lawfulBasis,
    period: category.retention.period,
    expiresAt,
    dueKey: expiresAt,
    status: statusAt(row.phase, expiresAt, now, policy.dueSoonDays),
    policyVersion: policy.version,
    reasons: extra.reason ? [extra.reason, ...row.reasons.filter((r) => r !== extra.reason)] : row.reasons,
    ...(extra.correctedBy ? { correctedBy: extra.correctedBy } : {}),
    updatedAt: now.toISOString(),
  };
}

/**
 * Merges a fresh machine label into the stored row: holds, extensions, disposal and the last decision always survive;
 * a person's correction survives unless the fresh label is itself a correction.
 */
export function mergeLabel(existing: LabelRow | undefined, fresh: LabelRow, now: Date, dueSoonDays: number): LabelRow {
  if (!existing) return fresh;
  const keepClassification = existing.correctedBy !== undefined && fresh.correctedBy === undefined;
  const cls = keepClassification ? existing : fresh;
  const phase: LabelPhase = existing.phase;
  const expiresAt = existing.extendedUntil ?? cls.expiresAt;
  const dueKey = expiresAt ?? NEVER;
  return {
    ...fresh,
    category: cls.category,
    lawfulBasis: cls.lawfulBasis,
    period: cls.period,
    reasons: cls.reasons,
    policyVersion: cls.policyVersion,
    ...(cls.correctedBy ? { correctedBy: cls.correctedBy } : {}),
    ...(existing.hold ? { hold: existing.hold } : {}),
    ...(existing.extendedUntil ? { extendedUntil: existing.extendedUntil } : {}),
    ...(existing.disposedAt ? { disposedAt: existing.disposedAt } : {}),
    ...(existing.lastDecision ? { lastDecision: existing.lastDecision } : {}),
    ...(phase === 'disposed' ? { subject: null } : {}),
    expiresAt,
    phase,
    dueKey,
    status: statusAt(phase, dueKey, now, dueSoonDays),
  };
}

/** The public view of a row (the queue's index fields removed), with its status recomputed at `now` if given. */
export function toStoredLabel(row: LabelRow, now?: Date, dueSoonDays = DEFAULT_DUE_SOON_DAYS): StoredLabel {
  const { phase, dueKey, ...label } = row;
  return now ? { ...label, status: statusAt(phase, dueKey, now, dueSoonDays) } : label;
}
