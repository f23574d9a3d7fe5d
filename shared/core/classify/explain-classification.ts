/**
 * The plain-language reasons a staff member reads in a label's tooltip: which category won and on what
 * evidence, what personal data is in the mail (masked, never echoed), and what the retention means.
 */
import { describeKind } from '../detect';
import type { Policy, PolicyCategory } from '../policy/schema';
import type { Classification, Finding } from '../types';
import { describePeriod } from './describe-period';
import { type MessageParts, maskMessageFinding } from './message-text';
import type { CategoryScore } from './score-categories';

const quoteList = (items: readonly string[], max = 4): string => {
  const shown = items.slice(0, max).map((s) => `"${s.replace(/\*$/, '…')}"`);
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
};

/** Why the winner won, in sentences. */
export function evidenceReasons(
  policy: Policy,
  winner: CategoryScore | undefined,
  runnerUp: CategoryScore | undefined,
  message: MessageParts,
  findings: readonly Finding[],
): string[] {
  if (!winner) {
    const fallback = policy.categories.find((c) => c.id === policy.defaultCategory);
    return [
      `No rule matched, so it is filed under the default category "${fallback?.title ?? policy.defaultCategory}".`,
    ];
  }
  const category = policy.categories[winner.index] as PolicyCategory;
  const next = runnerUp && runnerUp.score > 0 ? policy.categories[runnerUp.index] : undefined;
  const reasons = [leadReason(category, winner, next, runnerUp)];
  if (winner.subjectPhrases.length) reasons.push(`Subject mentions ${quoteList(winner.subjectPhrases)}.`);
  if (winner.bodyPhrases.length) reasons.push(`Text mentions ${quoteList(winner.bodyPhrases)}.`);
  if (winner.attachments.length) reasons.push(`Has an attachment ${winner.attachments.join(', ')}.`);
  for (const kind of winner.kinds) {
    const ofKind = findings.filter((f) => f.kind === kind);
    const best = ofKind.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const more = ofKind.length > 1 ? ` (and ${ofKind.length - 1} more)` : '';
    reasons.push(`Contains ${maskMessageFinding(message, best)}${more}.`);
  }
  if (winner.participants === 'internal_only') reasons.push("Every address is the organisation's (staff mail).");
  if (winner.participants === 'with_processor') reasons.push('A processor takes part in the conversation.');
  return reasons;
}

/** The first reason: the winner against the next best. */
function leadReason(
  category: PolicyCategory,
  winner: CategoryScore,
  next: PolicyCategory | undefined,
  runnerUp: CategoryScore | undefined,
): string {
  if (!next || !runnerUp) return `"${category.title}" is the only category with evidence (score ${winner.score}).`;
  if (runnerUp.score > winner.score) {
    return `"${category.title}" is chosen (score ${winner.score}) over "${next.title}" (score ${runnerUp.score}).`;
  }
  if (runnerUp.score === winner.score) {
    const same = `"${category.title}" and "${next.title}" score the same (${winner.score})`;
    if (winner.points > runnerUp.points) return `${same}; "${category.title}" has more evidence of its own.`;
    // Otherwise policy order decided (the more sensitive category first), or a priority the next reason names.
    return winner.index < runnerUp.index ? `${same}; "${category.title}" comes first in the policy.` : `${same}.`;
  }
  return `"${category.title}" has the strongest evidence (score ${winner.score}; next "${next.title}", ${runnerUp.score}).`;
}

/** A count of the personal data found, by kind, in words (or nothing when none). */
export function personalDataReason(findings: readonly Finding[]): string[] {
  if (!findings.length) return [];
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${describeKind(kind as Finding['kind'])} (${n})`);
  return [`Personal data found: ${parts.join(', ')}.`];
}

/** The retention sentence: how long, on what basis, until when, then what. */
export function retentionReason(category: PolicyCategory, retention: Classification['retention']): string {
  const until = retention.expiresAt ? retention.expiresAt.slice(0, 10) : 'no fixed date';
  const basis = category.lawfulBasis.replace('_', ' ');
  const period = describePeriod(category.retention.period);
  const keep = `Kept ${period} (${category.retention.period}) on the lawful basis of ${basis}`;
  switch (retention.status) {
    case 'legal_hold':
      return `${keep}; on legal hold, so it is kept beyond ${until} until the hold is released.`;
    case 'expired':
      return `${keep}: its period ended on ${until}; ${category.retention.atEnd} it now.`;
    case 'due_soon':
      return `${keep}: due soon, on ${until}; then ${category.retention.atEnd}.`;
    default:
      return `${keep}: until ${until}, then ${category.retention.atEnd}.`;
  }
}
