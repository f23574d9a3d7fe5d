/**
 * Items expiring per calendar month (UTC) for the review page's chart, counted on the `[phase+dueKey]` index (or
 * `[mailboxId+phase+dueKey]`) without reading a single row: a key cursor jumps from one month that has expiries to the
 * next, and each month is one index count. Only open labels count (a held or disposed label is not waiting to expire);
 * labels kept indefinitely have no expiry and are counted apart.
 */
import Dexie from 'dexie';
import type { MailguardDb } from './db';
import { NEVER } from './retention-math';
import { StoreError } from './store-error';

/** A histogram query. */
export interface ExpiryHistogramQuery {
  /** Only this mailbox (default: all). */
  readonly mailbox?: string;
  /** Expiries at or before this instant are overdue; months start at its month. */
  readonly from: Date;
  /** How many calendar months, from `from`'s month on, get their own bucket (default 120); later ones are summed. */
  readonly months?: number;
}

/** Open labels by expiry. Months with no expiry are left out; months are `YYYY-MM`, ascending. */
export interface ExpiryHistogram {
  readonly overdue: number;
  readonly months: readonly { readonly month: string; readonly count: number }[];
  /** Expiring after the last month bucket. */
  readonly later: number;
  /** Open labels kept indefinitely (no expiry). */
  readonly never: number;
}

const MAX_MONTHS = 1200;

/** `YYYY-MM` of the month after `month`. */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * See the file comment.
 * @throws StoreError `invalid` for a bad `from` or `months`.
 */
export async function expiryHistogram(db: MailguardDb, q: ExpiryHistogramQuery): Promise<ExpiryHistogram> {
  if (!(q.from instanceof Date) || Number.isNaN(q.from.getTime()))
    throw new StoreError('invalid', 'from must be a valid Date');
  const span = q.months ?? 120;
  if (!Number.isInteger(span) || span < 1 || span > MAX_MONTHS) {
    throw new StoreError('invalid', `months must be a whole number from 1 to ${MAX_MONTHS}`);
  }
  const index = q.mailbox === undefined ? '[phase+dueKey]' : '[mailboxId+phase+dueKey]';
  const prefix = q.mailbox === undefined ? ['open'] : [q.mailbox, 'open'];
  const key = (dueKey: unknown) => [...prefix, dueKey];
  const range = (lower: unknown, upper: unknown, includeLower: boolean, includeUpper: boolean) =>
    db.labels.where(index).between(key(lower), key(upper), includeLower, includeUpper);
  const fromIso = q.from.toISOString();
  let end = fromIso.slice(0, 7);
  for (let i = 0; i < span; i++) end = nextMonth(end);

  return db.transaction('r', db.labels, async () => {
    const [overdue, never] = await Promise.all([
      range(Dexie.minKey, fromIso, true, true).count(),
      range(NEVER, NEVER, true, true).count(),
    ]);
    const months: { month: string; count: number }[] = [];
    let lower = fromIso;
    let includeLower = false;
    for (;;) {
      const first = await range(lower, NEVER, includeLower, false).limit(1).keys();
      const dueKey = (first[0] as unknown as unknown[] | undefined)?.[prefix.length];
      if (typeof dueKey !== 'string') return { overdue, months, later: 0, never };
      const month = dueKey.slice(0, 7);
      if (month >= end) return { overdue, months, later: await range(end, NEVER, true, false).count(), never };
      const upper = nextMonth(month);
      months.push({ month, count: await range(lower, upper, includeLower, false).count() });
      lower = upper;
      includeLower = true;
    }
  });
}
