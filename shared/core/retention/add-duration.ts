/**
 * Calendar arithmetic with ISO 8601 durations, in UTC.
 */

/** The parts of a date-only ISO 8601 duration (`P6Y`, `P1Y6M`, `P2W`, `P0D`). */
export interface DurationParts {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Parses a date-only ISO 8601 duration; `undefined` when it is not one. */
export function parseDuration(period: string): DurationParts | undefined {
  const m = DURATION.exec(period);
  if (!m) return undefined;
  const n = (s: string | undefined) => (s ? Number.parseInt(s, 10) : 0);
  return { years: n(m[1]), months: n(m[2]), weeks: n(m[3]), days: n(m[4]) };
}

const daysInMonth = (year: number, month0: number): number => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/**
 * Adds a duration to an instant on the UTC calendar: years and months first, keeping the day of the month but
 * clamping it to the month's end (29 Feb + P1Y = 28 Feb; 31 Jan + P1M = 28/29 Feb), then weeks and days.
 * The time of day is kept. Throws `TypeError` for an invalid date or period (programmer misuse).
 */
export function addDuration(from: Date, period: string): Date {
  if (!(from instanceof Date) || Number.isNaN(from.getTime())) {
    throw new TypeError('addDuration: `from` must be a valid Date');
  }
  const parts = parseDuration(period);
  if (!parts) throw new TypeError(`addDuration: "${period}" is not an ISO 8601 duration such as P6Y, P3M or P0D`);
  const totalMonths = from.getUTCMonth() + parts.years * 12 + parts.months;
  const year = from.getUTCFullYear() + Math.floor(totalMonths / 12);
  const month0 = totalMonths % 12;
  const day = Math.min(from.getUTCDate(), daysInMonth(year, month0));
  const result = new Date(from.getTime());
  result.setUTCFullYear(year, month0, day);
  result.setUTCDate(result.getUTCDate() + parts.weeks * 7 + parts.days);
  return result;
}
