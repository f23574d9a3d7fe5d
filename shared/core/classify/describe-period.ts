/**
 * ISO 8601 retention periods in plain words for labels and reasons.
 */
import { parseDuration } from '../retention/add-duration';

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `P6Y` → "6 years", `P1Y6M` → "1 year 6 months", `P0D` → "none (act at once)". */
export function describePeriod(period: string): string {
  const parts = parseDuration(period);
  if (!parts) return period;
  const words = [
    parts.years ? unit(parts.years, 'year') : '',
    parts.months ? unit(parts.months, 'month') : '',
    parts.weeks ? unit(parts.weeks, 'week') : '',
    parts.days ? unit(parts.days, 'day') : '',
  ].filter(Boolean);
  return words.length ? words.join(' ') : 'none (act at once)';
}
