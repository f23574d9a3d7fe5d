/**
 * Retention arithmetic the store needs when it re-decides expiry itself (relabel, policy change, sweep).
 * Same rules as the core's retention: expiry = received + the category's ISO 8601 period (calendar arithmetic in UTC,
 * month ends clamped), `due_soon` within `dueSoonDays` of expiry, `expired` at or after it, legal hold overrides.
 * TODO [2027-01-31]: delegate to the core's `computeRetention` once its signature settles, keeping these tests.
 */
import type { LabelPhase, LabelStatus } from './types';

/** Sort key for "never expires": after every ISO instant (which start with a digit). */
export const NEVER = '~';

/** Due-soon window used when no policy has been set yet. */
export const DEFAULT_DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Adds an ISO 8601 duration (`P6Y`, `P3M`, `P2W`, `P10D`, `P1Y6M`) to an ISO instant, in UTC calendar terms.
 * `P0D` gives the instant itself. Jan 31 + P1M = Feb 28 (or 29).
 * @throws TypeError on an unparsable instant or duration.
 */
export function addIsoDuration(isoInstant: string, period: string): string {
  const start = new Date(isoInstant);
  if (Number.isNaN(start.getTime())) throw new TypeError(`not an ISO date: ${JSON.stringify(isoInstant)}`);
  const m = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) throw new TypeError(`not an ISO 8601 duration: ${JSON.stringify(period)}`);
  const [years, months, weeks, days] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  const totalMonths = start.getUTCMonth() + years * 12 + months;
  const y = start.getUTCFullYear() + Math.floor(totalMonths / 12);
  const mo = totalMonths % 12;
  const lastDay = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  const d = Math.min(start.getUTCDate(), lastDay);
  const shifted = Date.UTC(
    y,
    mo,
    d,
    start.getUTCHours(),
    start.getUTCMinutes(),
    start.getUTCSeconds(),
    start.getUTCMilliseconds(),
  );
  return new Date(shifted + (weeks * 7 + days) * DAY_MS).toISOString();
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
