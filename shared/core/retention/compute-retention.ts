/**
 * How long a message is kept and where it stands now: `expiresAt` = received + the category's period.
 */
import type { Policy, PolicyCategory } from '../policy/schema';
import type { Classification, RetentionStatus } from '../types';
import { addDuration } from './add-duration';

const DAY_MS = 86_400_000;

/** A message's retention as the label shows it. */
export type Retention = Classification['retention'];

/** What `computeRetention` needs besides the message. */
export interface RetentionContext {
  readonly now: Date;
  /** Supplies `dueSoonDays` and resolves a category given by id. */
  readonly policy: Policy;
  /** The message is held for legal or potential claims: it does not expire while held. */
  readonly legalHold?: boolean;
}

/**
 * Computes the retention of a message received at `receivedAt` (ISO 8601 or a Date) in `category` (an id of the
 * policy's, or the category itself). Status: `legal_hold` when held; else `expired` from `expiresAt` on (a `P0D`
 * period is due at once); `due_soon` within the policy's `dueSoonDays` before it; else `active`.
 * Throws `TypeError` for an invalid date or an unknown category id (programmer misuse).
 */
export function computeRetention(
  receivedAt: string | Date,
  category: string | PolicyCategory,
  context: RetentionContext,
): Retention {
  const received = receivedAt instanceof Date ? receivedAt : new Date(receivedAt);
  if (Number.isNaN(received.getTime())) {
    throw new TypeError(
      `computeRetention: receivedAt must be an ISO 8601 date-time, got ${JSON.stringify(receivedAt)}`,
    );
  }
  const { now, policy, legalHold = false } = context;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError('computeRetention: context.now must be a valid Date');
  }
  const found = typeof category === 'string' ? policy.categories.find((c) => c.id === category) : category;
  if (!found) throw new TypeError(`computeRetention: the policy has no category "${String(category)}"`);
  const period = found.retention.period;
  const expires = addDuration(received, period);
  return {
    period,
    expiresAt: expires.toISOString(),
    status: retentionStatus(expires, now, policy.dueSoonDays, legalHold),
  };
}

/** The status of a message expiring at `expiresAt`, seen at `now`. */
export function retentionStatus(
  expiresAt: Date | null,
  now: Date,
  dueSoonDays: number,
  legalHold = false,
): RetentionStatus {
  if (legalHold) return 'legal_hold';
  if (expiresAt === null) return 'active';
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return 'expired';
  return left <= dueSoonDays * DAY_MS ? 'due_soon' : 'active';
}
