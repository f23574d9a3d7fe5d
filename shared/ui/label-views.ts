/**
 * Turns what the core decides (Classification) and what the store keeps (StoredLabel) into the views the shared UI
 * renders, for both clients: category titles from the policy, personal-data kinds in words with counts.
 * The kind describer is passed in (the core's `describeKind`), so this file imports only types.
 */
import type { Policy } from '../core/policy/schema';
import type { Classification, PersonalDataKind } from '../core/types';
import type { StoredLabel } from '../store/types';
import type { KindCount, LabelSource, LabelView } from './label-view';
import type { ReviewItemView } from './review-types';

/** Describes a kind in plain words (the core's `describeKind`). */
export type DescribeKind = (kind: PersonalDataKind) => string;

/** The title of a category id under a policy (the id itself when the policy does not know it). */
export function categoryTitle(policy: Policy, id: string): string {
  return policy.categories.find((c) => c.id === id)?.title ?? id;
}

/** Kinds with a count above zero, in words. */
export function kindCounts(
  counts: Readonly<Partial<Record<PersonalDataKind, number>>>,
  describe: DescribeKind,
): KindCount[] {
  return Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([kind, n]) => ({ kind: kind as PersonalDataKind, words: describe(kind as PersonalDataKind), count: n ?? 0 }));
}

/** Counts findings per kind. */
export function countKinds(c: Classification): Partial<Record<PersonalDataKind, number>> {
  const out: Partial<Record<PersonalDataKind, number>> = {};
  for (const f of c.personalData) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
}

/** A fresh classification as a label view. */
export function classificationView(
  c: Classification,
  messageId: string,
  policy: Policy,
  describe: DescribeKind,
  source: LabelSource,
  correctedBy?: string,
): LabelView {
  return {
    messageId,
    category: c.category,
    categoryTitle: categoryTitle(policy, c.category),
    lawfulBasis: c.lawfulBasis,
    period: c.retention.period,
    expiresAt: c.retention.expiresAt,
    status: c.retention.status,
    kinds: kindCounts(countKinds(c), describe),
    reasons: c.reasons,
    source,
    ...(correctedBy ? { correctedBy } : {}),
  };
}

/** A stored label as a label view (a person's correction shows as such). */
export function storedView(s: StoredLabel, policy: Policy, describe: DescribeKind): LabelView {
  const corrected = s.correctedBy ?? (s.lastDecision?.type === 'relabel' ? s.lastDecision.actor : undefined);
  return {
    messageId: s.messageId,
    category: s.category,
    categoryTitle: categoryTitle(policy, s.category),
    lawfulBasis: s.lawfulBasis,
    period: s.period,
    expiresAt: s.expiresAt,
    status: s.status,
    kinds: kindCounts(s.kinds, describe),
    reasons: s.reasons,
    source: corrected ? 'person' : 'message',
    ...(corrected ? { correctedBy: corrected } : {}),
  };
}

/** A stored label as a review-queue row. */
export function reviewItemView(s: StoredLabel, policy: Policy, describe: DescribeKind): ReviewItemView {
  return {
    mailboxId: s.mailboxId,
    messageId: s.messageId,
    subject: s.subject ?? '(subject kept only as a hash)',
    fromDomain: s.senderDomain,
    receivedAt: s.receivedAt,
    category: s.category,
    categoryTitle: categoryTitle(policy, s.category),
    expiresAt: s.expiresAt,
    status: s.status,
    kinds: kindCounts(s.kinds, describe),
    ...(s.correctedBy ? { correctedBy: s.correctedBy } : {}),
  };
}
