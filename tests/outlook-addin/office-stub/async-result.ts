/**
 * Office's AsyncResult as office-js delivers it: `{ status: 'succeeded' | 'failed', value, error, asyncContext }`,
 * given to the callback asynchronously (never in the same tick as the call), with the `options`-first overloads.
 */

/** An Office.Error shape. */
export interface StubError {
  readonly name: string;
  readonly message: string;
  readonly code: number;
}

/** An Office.AsyncResult shape. */
export interface StubAsyncResult<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value: T;
  readonly error: StubError | null;
  readonly asyncContext: unknown;
}

/** A callback taking an AsyncResult. */
export type StubCallback<T> = (r: StubAsyncResult<T>) => void;

/** How a call should misbehave: Office reports failure, the call throws synchronously, or never answers. */
export type FailureMode = 'fail' | 'throw' | 'hang';

/** Splits office-js variadic args (`options?`, `callback?`) into the two. */
export function splitArgs<T>(args: readonly unknown[]): {
  options: { asyncContext?: unknown } | undefined;
  callback: StubCallback<T> | undefined;
} {
  const callback = args.find((a): a is StubCallback<T> => typeof a === 'function');
  const options = args.find((a): a is { asyncContext?: unknown } => !!a && typeof a === 'object');
  return { options, callback };
}

/** Delivers a result on a later tick, as Outlook does. */
export function deliver<T>(callback: StubCallback<T> | undefined, result: StubAsyncResult<T>): void {
  if (!callback) return;
  // A later tick: a timer where the runtime has one, else a microtask (runtimes without timers are tested too).
  if (typeof setTimeout === 'function') setTimeout(() => callback(result), 0);
  else void Promise.resolve().then(() => callback(result));
}

/** A succeeded result. */
export function succeeded<T>(value: T, asyncContext?: unknown): StubAsyncResult<T> {
  return { status: 'succeeded', value, error: null, asyncContext };
}

/** A failed result (value undefined, as office-js gives). */
export function failed<T>(name: string, message: string, code = 9002, asyncContext?: unknown): StubAsyncResult<T> {
  return { status: 'failed', value: undefined as T, error: { name, message, code }, asyncContext };
}

/**
 * One async API method: honours the failure plan for `what` (`fail` → failed result with Office's generic
 * `InternalServerError`, `throw` → synchronous exception, `hang` → the callback never comes), else delivers `produce()`.
 */
export function asyncMethod<T>(
  what: string,
  failures: Readonly<Record<string, FailureMode>>,
  log: string[],
  produce: (args: readonly unknown[]) => StubAsyncResult<T>,
): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    log.push(what);
    const { options, callback } = splitArgs<T>(args);
    const mode = failures[what];
    if (mode === 'throw') throw new Error(`${what}: simulated exception`);
    if (mode === 'hang') return;
    if (mode === 'fail')
      return deliver(
        callback,
        failed<T>('InternalServerError', `${what}: simulated failure`, 5001, options?.asyncContext),
      );
    const r = produce(args);
    deliver(callback, { ...r, asyncContext: options?.asyncContext });
  };
}
