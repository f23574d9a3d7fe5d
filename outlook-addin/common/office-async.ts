/**
 * Office's callback APIs, wrapped once as promises. Used by the event handlers (JavaScript-only runtime) and the panes,
 * so no DOM here. A failed AsyncResult rejects with an Error naming the call and Office's own error message.
 */

/** The shape every Office `…Async` callback receives (office-js `Office.AsyncResult`). */
export interface AsyncResultLike<T> {
  readonly status: Office.AsyncResultStatus | string;
  readonly value: T;
  readonly error?: { readonly name?: string; readonly message?: string; readonly code?: number } | null;
}

/** Error from an Office call that reported failure. */
export class OfficeCallError extends Error {
  /** Office's error code, when it gave one. */
  readonly code: number | undefined;
  constructor(what: string, error: AsyncResultLike<unknown>['error']) {
    super(`${what} failed: ${error?.message || error?.name || 'Outlook gave no reason'}`);
    this.name = 'OfficeCallError';
    this.code = error?.code;
  }
}

/**
 * Runs `call` with a callback and resolves with the AsyncResult's value, or rejects (failed status, or `call` threw).
 * `what` names the call in the error ("body.getAsync").
 */
export function officeAsync<T>(
  what: string,
  call: (callback: (result: AsyncResultLike<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((result) => {
        if (!result || String(result.status) !== 'succeeded') reject(new OfficeCallError(what, result?.error));
        else resolve(result.value);
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(`${what} threw: ${String(err)}`));
    }
  });
}

/** True when the host says it supports Mailbox `version` (false when it cannot tell). */
export function supportsMailbox(version: string): boolean {
  try {
    return Boolean(Office.context.requirements?.isSetSupported('Mailbox', version));
  } catch {
    return false;
  }
}
