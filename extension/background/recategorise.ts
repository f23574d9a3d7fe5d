/**
 * Applies a person's remembered correction to a fresh classification: the corrected category's lawful basis and
 * retention (the core's computeRetention) replace the machine's; the evidence found stays, and a reason says who.
 */

import type { Policy } from '../../shared/core/policy/schema';
import { computeRetention } from '../../shared/core/retention';
import type { Classification } from '../../shared/core/types';

/** The classification as if it had been put in `categoryId` (unknown ids leave it unchanged). */
export function recategorise(
  c: Classification,
  categoryId: string,
  policy: Policy,
  receivedAt: string,
  now: Date,
  actor: string,
): Classification {
  const cat = policy.categories.find((x) => x.id === categoryId);
  if (!cat) return c;
  return {
    ...c,
    category: cat.id,
    lawfulBasis: cat.lawfulBasis,
    retention: computeRetention(receivedAt, cat, { now, policy, legalHold: c.retention.status === 'legal_hold' }),
    reasons: [`${actor} said mail from this sender or thread is "${cat.title}".`, ...c.reasons],
  };
}
