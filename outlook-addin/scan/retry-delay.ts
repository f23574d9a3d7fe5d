/**
 * How long to wait before retrying a throttled or failed Graph request: the server's `Retry-After` (seconds or an
 * HTTP date) when it gives one, else exponential back-off with jitter (half the step fixed, half random), capped. Pure: the clock and the random
 * source are passed in.
 */

/** Back-off settings. */
export interface BackoffOptions {
  /** First back-off step in ms (default 1 000). */
  readonly baseMs?: number;
  /** Longest wait in ms (default 60 000). */
  readonly maxMs?: number;
}

/**
 * @param attempt 0 for the first retry.
 * @param retryAfter the response's `Retry-After` header value, if any.
 * @param now current time in ms (for HTTP-date values); `random` returns [0, 1).
 */
export function retryDelay(
  attempt: number,
  retryAfter: string | null | undefined,
  now: number,
  random: () => number,
  options: BackoffOptions = {},
): number {
  const maxMs = options.maxMs ?? 60_000;
  const header = retryAfter?.trim();
  if (header) {
    if (/^\d+(\.\d+)?$/.test(header)) return Math.min(maxMs * 5, Math.ceil(Number(header) * 1000));
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.min(maxMs * 5, Math.max(0, at - now));
  }
  const ceiling = Math.min(maxMs, (options.baseMs ?? 1_000) * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
