/**
 * Schema v2 (2026-11-25) label upgrade: a pure record transform, tested alone and end to end.
 *
 * Why v2 exists: v1 indexed the review queue on `[status+expiresAt]`. Two faults showed up:
 * 1. IndexedDB leaves a row out of a compound index when one part is `null`, so labels that never expire
 *    (`expiresAt: null`) vanished from the queue and its counts.
 * 2. A stored `status` goes stale between sweeps, so the queue asked "expired as of the last sweep", not "as of now".
 * v2 adds `phase` ('open' | 'held' | 'disposed') and `dueKey` (the expiry, or `NEVER`), both always present, and the
 * queue derives expired / due soon / active from `dueKey` and the caller's `now`.
 */
import { NEVER } from '../retention-math';
import type { LabelPhase } from '../types';

/** The part of a v1 label row this transform reads (other fields pass through untouched). */
export interface LabelRowV1 {
  readonly status: string;
  readonly expiresAt: string | null;
  readonly disposedAt?: string;
  readonly [field: string]: unknown;
}

/** A v1 row with the fields v2 adds. */
export type LabelRowV2<T extends LabelRowV1 = LabelRowV1> = T & { readonly phase: LabelPhase; readonly dueKey: string };

/** Adds `phase` and `dueKey` to a v1 label row. Pure: returns a new object, keeps every other field. */
export function labelV1ToV2<T extends LabelRowV1>(row: T): LabelRowV2<T> {
  const phase: LabelPhase =
    row.disposedAt !== undefined || row.status === 'disposed'
      ? 'disposed'
      : row.status === 'legal_hold'
        ? 'held'
        : 'open';
  return { ...row, phase, dueKey: row.expiresAt ?? NEVER };
}
