/**
 * The shape of one detector (one file each under `detectors/`, registered in `registry.ts`).
 */
import type { PersonalDataKind } from '../types';
import type { TextScan } from './text-scan';

/** Reports one finding: `[start, end)` in the scanned (normalised) text, confidence 0..1. */
export type Emit = (start: number, end: number, confidence: number) => void;

/** An example the registry test checks: detecting `text` yields this detector's kind exactly over `match`. */
export interface PositiveExample {
  readonly text: string;
  /** The substring of `text` the finding must cover exactly (its first occurrence). */
  readonly match: string;
}

/** A detector of one kind of personal data. */
export interface Detector {
  readonly kind: PersonalDataKind;
  /** Finds this kind in the scan; must be linear in the text length and never throw. */
  readonly detect: (scan: TextScan, emit: Emit) => void;
  /**
   * Lower-case words whose presence this detector needs (found for all detectors in one pass; see
   * `TextScan.windows`). Detectors that work from digits or punctuation declare none.
   */
  readonly triggers?: readonly string[];
  /** Texts in which this kind must be found (exactly over `match`). */
  readonly positives: readonly PositiveExample[];
  /** Look-alike texts in which this kind must NOT be found. */
  readonly negatives: readonly string[];
}
