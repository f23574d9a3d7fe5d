/**
 * The view model every label component renders: a Classification or a stored label, already put into words by the
 * client (category title from the policy, personal-data kinds described), so the components stay free of core logic.
 */
import type { LawfulBasis, PersonalDataKind, RetentionStatus } from '../core/types';

/** Where a label came from: the list row's visible text, the whole opened message, or a person's correction. */
export type LabelSource = 'preview' | 'message' | 'person';

/** One kind of personal data found, in words, with its count (never the values). */
export interface KindCount {
  readonly kind: PersonalDataKind;
  readonly words: string;
  readonly count: number;
}

/** A retention status as shown: the core's, plus `disposed` once a manager disposed of the mail. */
export type LabelStatusView = RetentionStatus | 'disposed';

/** A label ready to show. */
export interface LabelView {
  readonly messageId: string;
  readonly category: string;
  readonly categoryTitle: string;
  readonly lawfulBasis: LawfulBasis;
  /** ISO 8601 duration, e.g. `P6Y`. */
  readonly period: string;
  /** ISO 8601 instant, or null when indefinite. */
  readonly expiresAt: string | null;
  readonly status: LabelStatusView;
  readonly kinds: readonly KindCount[];
  readonly reasons: readonly string[];
  readonly source: LabelSource;
  /** Who corrected the label, when a person did. */
  readonly correctedBy?: string;
}

/** A category a person may pick when relabelling. */
export interface CategoryOption {
  readonly id: string;
  readonly title: string;
}

/** The two roles the extension knows. */
export type Role = 'staff' | 'manager';
