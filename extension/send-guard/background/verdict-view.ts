/**
 * Turns the core's SharingDecision into what the warn dialog shows: kinds with counts and masked samples (never the
 * value), recipients with their status and reason. Runs in the background, where the text was assessed.
 */
import { describeKind, maskFinding } from '../../../shared/core/detect';
import { UNCOUNTED_KINDS } from '../../../shared/core/sharing';
import type { Finding, PersonalDataKind, SharingDecision } from '../../../shared/core/types';
import type { FoundKindView, GuardVerdict } from '../guard-protocol';

const MAX_SAMPLES = 3;

/**
 * The dialog's view of a decision. `text` is the text the findings index (`messageText(subject, body)`); `isOwn` tells
 * values that are the firm's or the recipients' own (a recipient's address, the firm's published contact details),
 * left out of the list as the core leaves them out of its counts.
 */
export function verdictView(
  decision: SharingDecision,
  text: string,
  policyVersion: string,
  isOwn: (value: string) => boolean = () => false,
): GuardVerdict {
  const byKind = new Map<PersonalDataKind, Finding[]>();
  for (const f of decision.personalData) {
    if (UNCOUNTED_KINDS.includes(f.kind) || f.confidence < 0.5) continue;
    if (isOwn(text.slice(f.start, f.end).trim().toLowerCase())) continue;
    byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  }
  const found: FoundKindView[] = [...byKind].map(([kind, list]) => ({
    kind,
    label: describeKind(kind),
    count: list.length,
    samples: [...new Set(list.map((f) => maskFinding(text, f)))].slice(0, MAX_SAMPLES),
  }));
  return {
    action: decision.action,
    reasons: decision.reasons,
    recipients: decision.recipients.map((r) => ({
      address: r.address,
      domain: r.domain,
      status: r.status,
      reason: r.reason,
    })),
    found,
    policyVersion,
  };
}

/** Kinds and counts of a verdict, as a sharing event records them. */
export function kindCounts(verdict: Pick<GuardVerdict, 'found'>): Partial<Record<PersonalDataKind, number>> {
  const out: Partial<Record<PersonalDataKind, number>> = {};
  for (const f of verdict.found) out[f.kind] = f.count;
  return out;
}
