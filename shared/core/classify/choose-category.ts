/**
 * Picks the winning category from the scores: the best score first, then the policy's priorities, which a raw score
 * cannot express — a category's `outranks` list (a court order that mentions a dispute is still a legal order), a
 * `fallback` category that yields to any customer matter (`internal`), and a processor writing about something
 * outside the purposes it is vetted for (its billing, its contract: `supplier_vetted`).
 */
import { domainOwner } from '../policy/domain-owner';
import { parseAddress } from '../policy/parse-address';
import type { Policy } from '../policy/schema';
import { type CategoryScore, OUTRANK_MIN_POINTS } from './score-categories';

/** The chosen category's score, the next best, and the priority that decided (if one did), in words. */
export interface CategoryChoice {
  readonly winner: CategoryScore | undefined;
  readonly runnerUp: CategoryScore | undefined;
  readonly priority: string | undefined;
}

/** The category that processor mail outside the processor's purposes belongs to. */
const SUPPLIER_CATEGORY = 'supplier_vetted';

/** Chooses among `scores` (same order as `policy.categories`) for a mail sent by `from`. */
export function chooseCategory(policy: Policy, scores: readonly CategoryScore[], from: string): CategoryChoice {
  // Equal scores: policy order (the more sensitive category first).
  const ranked = scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.index - b.index);
  let winner = ranked[0];
  let priority: string | undefined;
  const title = (s: CategoryScore) => policy.categories[s.index]?.title ?? '';
  const idOf = (s: CategoryScore) => policy.categories[s.index]?.id ?? '';
  const strong = (s: CategoryScore) => s.points >= OUTRANK_MIN_POINTS;

  // Each step only moves to a category that outranks the current one; a cycle in the policy's lists cannot loop
  // because a category, once left, is never chosen again.
  const left = new Set<CategoryScore>();
  for (let step = 0; winner && step < ranked.length; step++) {
    const current: CategoryScore = winner;
    const rules = policy.categories[current.index]?.rules;
    const over = ranked.find(
      (s) =>
        s !== current &&
        !left.has(s) &&
        strong(s) &&
        (rules?.fallback === true || (policy.categories[s.index]?.rules.outranks ?? []).includes(idOf(current))),
    );
    if (!over) break;
    left.add(current);
    priority = rules?.fallback
      ? `"${title(over)}" has evidence of its own, so this is not "${title(current)}" mail.`
      : `"${title(over)}" takes priority over "${title(current)}" (the policy ranks it higher when both have evidence).`;
    winner = over;
  }

  // One passing word ("ticket") does not make staff mail a matter of its own: a fallback category with strong
  // evidence of its own (internal: every participant is staff) takes a tie with a winner that has only weak evidence.
  // A weak mention of a weightier category (a court order, a subject access request, a chargeback) still outscores it.
  if (winner && !strong(winner) && policy.categories[winner.index]?.rules.fallback !== true) {
    const current = winner;
    const fallback = ranked.find(
      (s) =>
        s !== current && strong(s) && s.score >= current.score && policy.categories[s.index]?.rules.fallback === true,
    );
    if (fallback) {
      priority = `"${title(current)}" has only weak evidence, and "${title(fallback)}" has as much evidence of its own.`;
      winner = fallback;
    }
  }

  const supplier = supplierOverride(policy, scores, from, winner);
  if (supplier) {
    const topic = winner ? ` ("${title(winner)}")` : '';
    priority = `The sender is a vetted processor writing about something outside its vetted purposes${topic}, so it is about the supplier relationship.`;
    winner = supplier;
  }
  const runnerUp = ranked.find((s) => s !== winner);
  return { winner, runnerUp, priority };
}

/**
 * When a processor sends mail whose topic is not among the categories it is vetted for (LogMeIn billing the firm
 * for its subscription), the mail is about the supplier relationship: the `supplier_vetted` score, if any.
 */
function supplierOverride(
  policy: Policy,
  scores: readonly CategoryScore[],
  from: string,
  winner: CategoryScore | undefined,
): CategoryScore | undefined {
  const domain = parseAddress(from)?.domain;
  const owner = domain ? domainOwner(domain, policy) : undefined;
  if (owner?.kind !== 'processor' || !owner.processor.categories) return undefined;
  const supplier = scores.find((s) => policy.categories[s.index]?.id === SUPPLIER_CATEGORY);
  if (!supplier || supplier === winner) return undefined;
  const topic = winner ? policy.categories[winner.index] : undefined;
  if (topic && owner.processor.categories.includes(topic.id)) return undefined;
  return supplier.score > 0 ? supplier : undefined;
}
