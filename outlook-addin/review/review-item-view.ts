/** A stored label as the shared review queue shows it (category title from the policy, kinds in words). */
import { describeKind } from '../../shared/core/detect';
import type { Policy } from '../../shared/core/policy/schema';
import type { PersonalDataKind } from '../../shared/core/types';
import type { StoredLabel } from '../../shared/store/types';
import type { ReviewItemView } from '../../shared/ui/review-types';
import { categoryTitle } from '../taskpane/label-view';

/** Maps one stored label to the review queue's row. */
export function reviewItemView(l: StoredLabel, policy: Policy): ReviewItemView {
  return {
    mailboxId: l.mailboxId,
    messageId: l.messageId,
    subject: l.subject ?? '(subject kept only as a hash)',
    fromDomain: l.senderDomain,
    receivedAt: l.receivedAt,
    category: l.category,
    categoryTitle: categoryTitle(policy, l.category),
    expiresAt: l.expiresAt,
    status: l.status,
    kinds: Object.entries(l.kinds)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([k, n]) => ({ kind: k as PersonalDataKind, words: describeKind(k as PersonalDataKind), count: n ?? 0 })),
    ...(l.correctedBy ? { correctedBy: l.correctedBy } : {}),
  };
}
