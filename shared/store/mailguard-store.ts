/**
 * The store's API, as both clients and the import tool code against it.
 */
import type { Policy } from '../core/policy/schema';
import type { ExpiryHistogram, ExpiryHistogramQuery } from './expiry-histogram';
import type {
  AuditEntry,
  AuditVerification,
  CorrectionInput,
  DecisionInput,
  LabelInput,
  ReviewPage,
  ReviewQuery,
  SharingEventInput,
  StoredDecision,
  StoredLabel,
} from './types';

/**
 * The store both clients share (open it with `openStore()`). Every failure is a `StoreError` with a `code`; a write
 * either happens whole, with its audit entry, or not at all.
 */
export interface MailguardStore {
  /** Upserts a label by (mailboxId, messageId); keeps decisions and a person's correction; applies a remembered one. */
  saveLabel(input: LabelInput): Promise<StoredLabel>;
  /** Upserts many labels in one transaction (import, backfill); one bad input rejects the batch. */
  saveLabels(inputs: readonly LabelInput[]): Promise<StoredLabel[]>;
  /** One label, or undefined. */
  getLabel(mailboxId: string, messageId: string): Promise<StoredLabel | undefined>;
  /** Labels for many messages of one mailbox, in the order asked. */
  getLabels(mailboxId: string, messageIds: readonly string[]): Promise<(StoredLabel | undefined)[]>;
  /** Remembers "mail from this sender / in this thread is category X", relabels what it covers; audited. */
  rememberCorrection(c: CorrectionInput): Promise<void>;
  /** The remembered correction for a message (thread first, then sender), or undefined. */
  correctionFor(q: {
    mailboxId: string;
    from?: string;
    threadId?: string;
  }): Promise<{ category: string; actor: string } | undefined>;
  /** A page of the review queue: expired, due soon, active, held; counts per status and category. */
  reviewQueue(q: ReviewQuery): Promise<ReviewPage>;
  /** Open labels expiring per month (and overdue), counted on the index without reading rows (review chart). */
  expiryHistogram(q: ExpiryHistogramQuery): Promise<ExpiryHistogram>;
  /** Applies a review decision with its audit entry in one transaction. */
  recordDecision(d: DecisionInput): Promise<StoredDecision>;
  /** The decisions recorded for one message, oldest first. */
  decisionsFor(mailboxId: string, messageId: string): Promise<StoredDecision[]>;
  /** Records a send-guard warning, block, override or error; audited. */
  recordSharingEvent(e: SharingEventInput): Promise<void>;
  /** Recomputes stored statuses at `now` (daily), lapsing dated holds; returns what changed. */
  sweep(now: Date): Promise<{ changed: number; byStatus: Record<string, number> }>;
  /** The queue and decisions with their audit proof, for a data-protection officer. */
  exportReview(format: 'csv' | 'json', now: Date): Promise<string>;
  /** Every stored message to or from one address (a data-subject request). */
  findBySubject(address: string): Promise<StoredLabel[]>;
  /** A page of the audit log (oldest first unless `order: 'desc'`). */
  auditLog(opts?: { limit?: number; offset?: number; order?: 'asc' | 'desc' }): Promise<AuditEntry[]>;
  /** Re-checks the hash chain; names each edited, removed or reordered entry by seq. */
  verifyAuditLog(): Promise<AuditVerification>;
  /** Stores a new policy version and makes it active; audited. */
  setPolicy(policy: Policy, actor: string): Promise<void>;
  /** The active policy, or undefined before one was set. */
  activePolicy(): Promise<Policy | undefined>;
  /** Re-evaluates labels decided by an older policy version (retention from their category; see its JSDoc). */
  relabelOutdated(policy: Policy, now: Date): Promise<{ updated: number }>;
  /** Closes the connection; later calls fail with `closed`. */
  close(): void;
}
