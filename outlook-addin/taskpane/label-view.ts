/**
 * Puts a label into the words the shared UI shows (`LabelView`): the category's title from the policy and each
 * personal-data kind described — from a stored label (corrections and holds included) or a fresh classification.
 */
import { describeKind } from '../../shared/core/detect';
import type { Policy } from '../../shared/core/policy/schema';
import type { Classification, PersonalDataKind } from '../../shared/core/types';
import type { StoredLabel } from '../../shared/store/types';
import type { KindCount, LabelView } from '../../shared/ui/label-view';
import { countKinds } from '../common/item-label';

/** The policy's title of a category id (the id itself when the policy has none). */
export function categoryTitle(policy: Policy, id: string): string {
  return policy.categories.find((c) => c.id === id)?.title ?? id;
}

function kindCounts(kinds: Readonly<Partial<Record<PersonalDataKind, number>>>): KindCount[] {
  return Object.entries(kinds)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([kind, n]) => ({
      kind: kind as PersonalDataKind,
      words: describeKind(kind as PersonalDataKind),
      count: n ?? 0,
    }));
}

/** View of a stored label. */
export function storedLabelView(s: StoredLabel, policy: Policy): LabelView {
  return {
    messageId: s.messageId,
    category: s.category,
    categoryTitle: categoryTitle(policy, s.category),
    lawfulBasis: s.lawfulBasis,
    period: s.period,
    expiresAt: s.expiresAt,
    status: s.status,
    kinds: kindCounts(s.kinds),
    reasons: s.reasons,
    source: s.correctedBy ? 'person' : 'message',
    ...(s.correctedBy ? { correctedBy: s.correctedBy } : {}),
  };
}

/** View of a classification not (yet) stored. */
export function classificationView(
  messageId: string,
  c: Classification,
  policy: Policy,
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
    kinds: kindCounts(countKinds(c)),
    reasons: c.reasons,
    source: correctedBy ? 'person' : 'message',
    ...(correctedBy ? { correctedBy } : {}),
  };
}
