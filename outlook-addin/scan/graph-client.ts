/**
 * A small Microsoft Graph client behind an injectable `fetch`, token provider, clock and sleep, so tests run it against
 * a local server and the scan never waits for real. Retries 429 / 503 / 504 and network failures honouring
 * `Retry-After` (else exponential back-off with jitter), refreshes the token once on 401, and gives up with a
 * `GraphError` that says what failed.
 */
import type { BatchRequest, BatchResponse } from './graph-types';
import { type BackoffOptions, retryDelay } from './retry-delay';

/** Gets an access token for Graph; `forceRefresh` after a 401. */
export type TokenProvider = (opts?: { forceRefresh?: boolean }) => Promise<string>;

/** What the client needs from its environment. */
export interface GraphClientOptions {
  readonly fetch: typeof fetch;
  readonly getToken: TokenProvider;
  /** Default `https://graph.microsoft.com/v1.0`. */
  readonly baseUrl?: string;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now?: () => number;
  readonly random?: () => number;
  /** Retries of one request before giving up (default 6). */
  readonly maxRetries?: number;
  readonly backoff?: BackoffOptions;
  /** Called on every wait (for progress: "throttled, waiting 12 s"). */
  readonly onWait?: (ms: number, reason: string) => void;
}

/** A Graph request that failed for good: HTTP status (0 for network) and Graph's error code/message when given. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** The client: GET a path or an absolute `@odata.nextLink`, POST a `$batch`. */
export interface GraphClient {
  get<T>(pathOrUrl: string, headers?: Record<string, string>, signal?: AbortSignal): Promise<T>;
  batch(requests: readonly BatchRequest[], signal?: AbortSignal): Promise<BatchResponse[]>;
  /** Waits like the client does between retries (for per-item retries inside a batch). */
  wait(attempt: number, retryAfter: string | undefined, reason: string, signal?: AbortSignal): Promise<void>;
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/** See the file comment. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/$/, '');
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const maxRetries = options.maxRetries ?? 6;

  const wait: GraphClient['wait'] = async (attempt, retryAfter, reason, signal) => {
    const ms = retryDelay(attempt, retryAfter, now(), random, options.backoff);
    options.onWait?.(ms, reason);
    await sleep(ms, signal);
  };

  async function send<T>(
    method: 'GET' | 'POST',
    url: string,
    init: { headers?: Record<string, string>; body?: string },
    signal?: AbortSignal,
  ): Promise<T> {
    let forceRefresh = false;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const token = await options.getToken({ forceRefresh });
      let response: Response;
      try {
        response = await options.fetch(url, {
          method,
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...init.headers },
          ...(init.body === undefined ? {} : { body: init.body }),
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        if (attempt >= maxRetries) throw new GraphError(`Graph could not be reached: ${String(error)}`, 0);
        await wait(attempt, undefined, 'network error', signal);
        continue;
      }
      if (response.ok) return (await response.json()) as T;
      const detail = await errorDetail(response);
      if (response.status === 401 && !forceRefresh) {
        forceRefresh = true;
        continue;
      }
      if (RETRYABLE.has(response.status) && attempt < maxRetries) {
        await wait(attempt, response.headers.get('Retry-After') ?? undefined, `HTTP ${response.status}`, signal);
        continue;
      }
      throw new GraphError(
        `Graph answered ${response.status} ${detail.code ?? ''}: ${detail.message}`.replace(/ +/g, ' '),
        response.status,
        detail.code,
      );
    }
  }

  return {
    wait,
    get: (pathOrUrl, headers, signal) =>
      send(
        'GET',
        /^https?:/.test(pathOrUrl) ? pathOrUrl : `${baseUrl}${pathOrUrl}`,
        headers ? { headers } : {},
        signal,
      ),
    batch: async (requests, signal) => {
      if (requests.length > 20) throw new TypeError(`a Graph $batch holds at most 20 requests, got ${requests.length}`);
      const answer = await send<{ responses?: BatchResponse[] }>(
        'POST',
        `${baseUrl}/$batch`,
        { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) },
        signal,
      );
      return answer.responses ?? [];
    },
  };
}

async function errorDetail(response: Response): Promise<{ code?: string; message: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return {
      ...(body.error?.code ? { code: body.error.code } : {}),
      message: body.error?.message ?? response.statusText,
    };
  } catch {
    return { message: response.statusText };
  }
}

/** setTimeout as a promise that rejects when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
