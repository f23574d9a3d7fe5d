/**
 * The store's public shapes. Clients (extension, Outlook add-in, import) code against these, so change them only with
 * every caller. Everything stored is the minimum (GDPR Art. 5(1)(c)): ids, hashes, labels, dates, decisions, kinds and
 * counts of personal data — never bodies, never the values found.
 */
import type { Classification, LawfulBasis, PersonalDataKind, RecipientStatus, RetentionStatus } from '../core/types';

/** A label's retention status as stored: the core's statuses, plus `disposed` once a manager disposed of the mail. */
export type LabelStatus = RetentionStatus | 'disposed';

/** Where a label sits in the review workflow (indexed with its due date so the queue is a range read). */
export type LabelPhase = 'open' | 'held' | 'disposed';

/** What a client gives the store about a message it has classified. */
export interface LabelInput {
  readonly mailboxId: string;
  /** The client's own stable id for the message. */
  readonly messageId: string;
  readonly threadId?: string;
  /** ISO 8601 instant. */
  readonly receivedAt: string;
  /** Sender address: only its domain and its hash are stored. */
  readonly from: string;
  /** Addresses of from/to/cc: stored only as SHA-256 hashes of the lower-cased address (for `findBySubject`). */
  readonly participants: readonly string[];
  /** Stored truncated, or only as a hash when the active policy's `subjectStorage` is `'hash'`. */
  readonly subject: string;
  readonly classification: Classification;
  readonly policyVersion: string;
  /** Who corrected this label, when a person did (a machine label never overwrites it). */
  readonly correctedBy?: string;
}

/** A legal hold on a label. */
export interface LegalHold {
  readonly reason: string;
  readonly actor: string;
  /** ISO instant the hold was placed. */
  readonly since: string;
  /** ISO instant the hold lapses by itself, or null when it lasts until lifted. */
  readonly until: string | null;
}

/** A labelled message as stored. */
export interface StoredLabel {
  readonly mailboxId: string;
  readonly messageId: string;
  readonly threadId?: string;
  readonly receivedAt: string;
  /** Lower-cased domain of the sender (never the full address). */
  readonly senderDomain: string;
  /** SHA-256 (hex) of the lower-cased sender address. */
  readonly senderHash: string;
  /** SHA-256 (hex) of every participant's lower-cased address, sender included. */
  readonly participantHashes: readonly string[];
  /** The subject cut to {@link SUBJECT_MAX} characters, or null when the policy keeps only its hash. */
  readonly subject: string | null;
  /** SHA-256 (hex) of the subject, set only when the policy keeps only the hash. */
  readonly subjectHash?: string;
  readonly category: string;
  readonly lawfulBasis: LawfulBasis;
  /** ISO 8601 duration. */
  readonly period: string;
  /** Effective expiry (an extension included); null when indefinite. */
  readonly expiresAt: string | null;
  readonly status: LabelStatus;
  /** Personal-data kinds found and how many of each (never the values). */
  readonly kinds: Readonly<Partial<Record<PersonalDataKind, number>>>;
  readonly reasons: readonly string[];
  readonly policyVersion: string;
  readonly correctedBy?: string;
  readonly hold?: LegalHold;
  /** Expiry set by an `extend` decision (overrides the policy's period). */
  readonly extendedUntil?: string;
  readonly disposedAt?: string;
  readonly lastDecision?: { readonly type: DecisionType; readonly at: string; readonly actor: string };
  /** ISO instant of the last write. */
  readonly updatedAt: string;
}

/** The decision types a manager records in review. */
export type DecisionType = 'dispose' | 'extend' | 'legal_hold' | 'release_hold' | 'relabel' | 'keep';

/** A review decision as a client submits it. */
export type DecisionInput = {
  readonly mailboxId: string;
  readonly messageId: string;
  readonly actor: string;
  readonly at: Date;
} & (
  | { readonly type: 'dispose'; readonly reason: string }
  | { readonly type: 'extend'; readonly until: string; readonly reason: string }
  | { readonly type: 'legal_hold'; readonly reason: string; readonly until?: string }
  | { readonly type: 'release_hold'; readonly reason: string }
  | { readonly type: 'relabel'; readonly category: string; readonly reason: string }
  | { readonly type: 'keep'; readonly reason: string }
);

/** A recorded decision. */
export interface StoredDecision {
  readonly id: number;
  readonly mailboxId: string;
  readonly messageId: string;
  readonly type: DecisionType;
  readonly actor: string;
  readonly at: string;
  readonly reason: string;
  readonly until?: string | null;
  readonly category?: string;
  /** The label's state before the decision. */
  readonly before: { readonly status: LabelStatus; readonly expiresAt: string | null; readonly category: string };
  /** The audit entry written in the same transaction. */
  readonly auditSeq: number;
}

/** A justification given for an override. */
export type Justification =
  | { readonly type: 'business'; readonly reason: string }
  | { readonly type: 'court_order'; readonly reference: string };

/** A warning shown, a block or an override in the send guard: never the content. */
export interface SharingEventInput {
  readonly at: Date;
  readonly actor: string;
  readonly kind: 'warning' | 'block' | 'override' | 'guard_error';
  readonly action: 'allow' | 'warn' | 'block';
  readonly justification?: Justification;
  readonly recipients: readonly { readonly domain: string; readonly status: RecipientStatus }[];
  readonly kinds: Readonly<Partial<Record<PersonalDataKind, number>>>;
  readonly messageId?: string;
  readonly client: 'extension' | 'outlook';
}

/** A stored sharing event. */
export interface StoredSharingEvent extends Omit<SharingEventInput, 'at'> {
  readonly id: number;
  readonly at: string;
  readonly auditSeq: number;
}

/** What an audit entry records. */
export type AuditType =
  | 'decision'
  | 'sharing_event'
  | 'policy_change'
  | 'label_correction'
  | 'correction_remembered'
  | 'policy_relabel'
  | 'hold_lapsed';

/** One entry of the append-only, hash-chained audit log. */
export interface AuditEntry {
  /** 1, 2, 3 … without gaps. */
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly type: AuditType;
  /** What it is about, e.g. `mailbox/message`, or a policy version. */
  readonly target: string;
  /** JSON-safe details (no content, no found values). */
  readonly details: Readonly<Record<string, unknown>>;
  /** SHA-256 (hex) of the previous entry (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 (hex) of this entry's canonical serialisation (every field but `hash`). */
  readonly hash: string;
}

/** The result of {@link MailguardStore.verifyAuditLog}. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly count: number; readonly problems: readonly { seq: number; problem: string }[] };

/** A review-queue query. */
export interface ReviewQuery {
  readonly now: Date;
  readonly status?: LabelStatus;
  readonly category?: string;
  readonly mailbox?: string;
  readonly sort?: 'expiresAt' | '-expiresAt' | 'receivedAt' | '-receivedAt';
  /** 0-based. */
  readonly page?: number;
  readonly pageSize?: number;
}

/** A page of the review queue. */
export interface ReviewPage {
  readonly items: StoredLabel[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly counts: { readonly byStatus: Record<string, number>; readonly byCategory: Record<string, number> };
}

/** A remembered relabel: a person said mail from this sender (or in this thread) belongs to this category. */
export interface CorrectionInput {
  readonly mailboxId: string;
  readonly from?: string;
  readonly threadId?: string;
  readonly category: string;
  readonly actor: string;
  readonly reason: string;
}

/** Re-exported so `import type { MailguardStore } from 'shared/store/types'` keeps working. */
export type { MailguardStore } from './mailguard-store';
