/**
 * The review workflow's view types, shared by the review components and both clients' messaging (plain data).
 */
import type { KindCount, LabelStatusView } from './label-view';

/** What a manager (or the reading pane's "legal hold") decides about one stored message. */
export type DecisionChoice =
  | { readonly type: 'dispose'; readonly reason: string }
  | { readonly type: 'extend'; readonly until: string; readonly reason: string }
  | { readonly type: 'legal_hold'; readonly reason: string; readonly until?: string }
  | { readonly type: 'release_hold'; readonly reason: string }
  | { readonly type: 'relabel'; readonly category: string; readonly reason: string }
  | { readonly type: 'keep'; readonly reason: string };

/** A stored message as the review page shows it. */
export interface ReviewItemView {
  readonly mailboxId: string;
  readonly messageId: string;
  readonly subject: string;
  readonly fromDomain: string;
  readonly receivedAt: string;
  readonly category: string;
  readonly categoryTitle: string;
  readonly expiresAt: string | null;
  readonly status: LabelStatusView;
  readonly kinds: readonly KindCount[];
  readonly correctedBy?: string;
}

/** One audit-log entry in words. */
export interface AuditEntryView {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly details: string;
}

/** Result of verifying the audit log's hash chain. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly count: number; readonly problems: readonly { seq: number; problem: string }[] };

/** How many stored items expire in one month (`YYYY-MM`), or are already overdue (`month: 'overdue'`). */
export interface ExpiryMonth {
  readonly month: string;
  readonly count: number;
}
