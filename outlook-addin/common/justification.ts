/**
 * The hand-off between a Smart Alerts warning and the task pane: the pane stores the user's justification in the
 * draft's session data (Mailbox 1.11, shared by the pane and the event runtime for this draft only), bound to the
 * flagged recipients and the kinds of personal data it was given for; the next OnMessageSend lets that warning through
 * only while the draft goes to exactly those recipients with no new kind. A block is never justified away.
 */
import type { PersonalDataKind, SharingDecision } from '../../shared/core/types';
import { addressHash } from './address-hash';
import { officeAsync } from './office-async';

/** Session-data key. */
export const JUSTIFICATION_KEY = 'mailguardJustification';

/** What the user gave. */
export type Justification = { type: 'business'; reason: string } | { type: 'court_order'; reference: string };

/** What a justification covers: the flagged recipients and the kinds of personal data found. */
export interface JustificationScope {
  readonly flagged: readonly string[];
  readonly kinds: readonly PersonalDataKind[];
}

/** The scope of a verdict: recipients that are not internal, the data subject or vetted; the kinds found. */
export function justificationScope(decision: SharingDecision): JustificationScope {
  const flagged = decision.recipients
    .filter((r) => r.status !== 'internal' && r.status !== 'data_subject' && r.status !== 'vetted')
    .map((r) => r.address);
  return { flagged, kinds: [...new Set(decision.personalData.map((f) => f.kind))].sort() };
}

/** Stored form: the justification, when, which flagged recipients (hashed) and which kinds it covers. */
export interface StoredJustification {
  readonly justification: Justification;
  readonly at: string;
  readonly recipients: string;
  readonly kinds: readonly PersonalDataKind[];
}

/** `item.sessionData` as far as we use it. */
export interface SessionDataLike {
  getAsync(name: string, callback: (r: Office.AsyncResult<string>) => void): void;
  setAsync(name: string, value: string, callback: (r: Office.AsyncResult<void>) => void): void;
}

/** Digest of the flagged recipients' addresses (order-free). */
export function recipientsDigest(addresses: readonly string[]): string {
  return addresses
    .map((a) => addressHash(a))
    .sort()
    .join('.');
}

/** True when the justification names a reason or reference a person could act on (not blank, not a token). */
export function justificationProblem(j: Justification): string | undefined {
  const text = j.type === 'business' ? j.reason : j.reference;
  if (text.trim().length < 8) {
    return j.type === 'business'
      ? 'Give the business reason in a few words (at least 8 characters).'
      : 'Give the court order reference (at least 8 characters).';
  }
  return undefined;
}

/** Stores a justification on the draft for the next send. */
export async function saveJustification(
  session: SessionDataLike,
  j: Justification,
  scope: JustificationScope,
  now: Date,
): Promise<void> {
  const stored: StoredJustification = {
    justification: j,
    at: now.toISOString(),
    recipients: recipientsDigest(scope.flagged),
    kinds: scope.kinds,
  };
  await officeAsync<void>('sessionData.setAsync', (cb) =>
    session.setAsync(JUSTIFICATION_KEY, JSON.stringify(stored), cb),
  );
}

/**
 * The draft's justification when it covers exactly these flagged recipients and every kind found now; undefined
 * otherwise (or unreadable).
 */
export async function matchingJustification(
  session: SessionDataLike | undefined,
  scope: JustificationScope,
): Promise<StoredJustification | undefined> {
  if (!session) return undefined;
  let text: string;
  try {
    text = await officeAsync<string>('sessionData.getAsync', (cb) => session.getAsync(JUSTIFICATION_KEY, cb));
  } catch {
    return undefined; // no such key yet: Outlook reports a failed result
  }
  try {
    const s = JSON.parse(text) as StoredJustification;
    if (s.recipients !== recipientsDigest(scope.flagged)) return undefined;
    if (!Array.isArray(s.kinds) || !scope.kinds.every((k) => s.kinds.includes(k))) return undefined;
    return justificationProblem(s.justification) ? undefined : s;
  } catch {
    return undefined;
  }
}
