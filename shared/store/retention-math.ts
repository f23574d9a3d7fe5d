/**
 * Retention arithmetic the store needs when it re-decides expiry itself (relabel, policy change, sweep).
 * Same rules as the core's `computeRetention` (whose `addDuration` it uses): expiry = received + the category's
 * period, `due_soon` within `dueSoonDays` of expiry, `expired` from expiry on, legal hold overrides. The store works on
 * ISO strings because they are its index keys (`toISOString()` strings sort in time order).
 */
import { addDuration } from '../core/retention';
import type { LabelPhase, LabelStatus } from './types';

/** Sort key for "never expires": after every ISO instant (which start with a digit). */
export const NEVER = '~';

/** Due-soon window used when no policy has been set yet. */
export const DEFAULT_DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Adds an ISO 8601 duration (`P6Y`, `P3M`, `P2W`, `P10D`) to an ISO instant with the core's calendar rules
 * (UTC, month ends clamped). Returns `toISOString()` form.
 * @throws TypeError on an unparsable instant or duration.
 */
export function addIsoDuration(isoInstant: string, period: string): string {
  return addDuration(new Date(isoInstant), period).toISOString();
}

/** The instant `dueSoonDays` after `now`, as ISO: expiries up to it are due soon. */
export function dueSoonLimit(now: Date, dueSoonDays: number): string {
  return new Date(now.getTime() + dueSoonDays * DAY_MS).toISOString();
}

/**
 * A label's status at `now`, from its phase and effective expiry (`NEVER` or an ISO instant).
 * ISO instants in `toISOString()` form compare correctly as strings.
 */
export function statusAt(phase: LabelPhase, dueKey: string, now: Date, dueSoonDays: number): LabelStatus {
  if (phase === 'disposed') return 'disposed';
  if (phase === 'held') return 'legal_hold';
  if (dueKey === NEVER) return 'active';
  if (dueKey <= now.toISOString()) return 'expired';
  if (dueKey <= dueSoonLimit(now, dueSoonDays)) return 'due_soon';
  return 'active';
}

/** Normalises an ISO instant to `toISOString()` form (so string order is time order), or throws TypeError. */
export function isoInstant(value: string, what: string): string {
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) throw new TypeError(`${what} is not a date: ${JSON.stringify(value)}`);
  return t.toISOString();
}
