/**
 * The one error type the store throws. Callers switch on `code`; `message` is a sentence a person can read.
 */

/**
 * Why a store call failed:
 * - `invalid`: bad input (empty reason, date in the past, unknown category…); nothing was written.
 * - `not_found`: the message (or other record) named is not stored; nothing was written.
 * - `blocked`: another connection (tab, background page) holds an older schema open and will not close.
 * - `timeout`: opening the database did not finish in time.
 * - `quota`: the browser refused to store more (storage full); the transaction was rolled back.
 * - `aborted`: the transaction failed or was aborted; nothing of it was written.
 * - `conflict`: the audit log kept changing under a write (another connection appending); retried and gave up.
 * - `closed`: the database connection was closed (e.g. a newer version opened elsewhere); reopen the store.
 */
export type StoreErrorCode =
  | 'invalid'
  | 'not_found'
  | 'blocked'
  | 'timeout'
  | 'quota'
  | 'aborted'
  | 'conflict'
  | 'closed';

/** A store failure with a machine-readable `code` and the underlying error as `cause`. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Error names (Dexie's and DOMException's) that mean the storage quota was exceeded. */
const QUOTA_NAMES = new Set(['QuotaExceededError']);
/** Error names that mean the connection is gone. */
const CLOSED_NAMES = new Set(['DatabaseClosedError', 'InvalidStateError', 'VersionError']);

/** Names of an error and its Dexie `inner` / `cause` chain. */
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const rec = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof rec.name === 'string') names.push(rec.name);
    e = rec.inner ?? rec.cause;
  }
  return names;
}

/**
 * Turns whatever a Dexie/IndexedDB call threw into a {@link StoreError} (a StoreError passes through unchanged).
 * @param what - what was being done, for the message ("recording the decision").
 */
export function toStoreError(err: unknown, what: string): StoreError {
  if (err instanceof StoreError) return err;
  const names = errorNames(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (names.some((n) => QUOTA_NAMES.has(n))) {
    return new StoreError('quota', `Storage is full while ${what}; nothing of it was saved. (${detail})`, {
      cause: err,
    });
  }
  if (names.some((n) => CLOSED_NAMES.has(n))) {
    return new StoreError('closed', `The database was closed while ${what}; reopen the store. (${detail})`, {
      cause: err,
    });
  }
  return new StoreError('aborted', `Failed while ${what}; nothing of it was saved. (${detail})`, { cause: err });
}
