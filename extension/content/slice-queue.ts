/**
 * A work queue processed in small slices (≤ `budgetMs` of main-thread time each, then it yields to the page).
 * An item may be a batch that works in a loop of its own: it is given `more()` (true while the slice's budget lasts) and
 * returns false when it stopped before its end, to go on in the next slice.
 * Each slice is recorded as a `mailguard:slice` performance measure, so benchmarks can add up our main-thread time.
 */

/** Options of {@link createSliceQueue}. */
export interface SliceQueueOptions<T> {
  /**
   * Handles one item: short (a message), or a batch that checks `more()` as it goes and returns false when it stopped
   * early (it then stays first in the queue and goes on in the next slice); any other return value means done.
   */
  readonly run: (item: T, more: () => boolean) => unknown;
  /** Called at the start of each slice; items it pushes run in this slice. */
  readonly beforeSlice?: () => void;
  /** Called at the end of each slice, after its items (batch the messages this slice produced). */
  readonly afterSlice?: () => void;
  /** Schedules the next slice (requestAnimationFrame / idle callback tied to the content-script context). */
  readonly schedule: (next: () => void) => void;
  readonly budgetMs?: number;
  readonly now?: () => number;
  /** Reports an item that threw; the queue goes on with the next one. */
  readonly onError?: (error: unknown) => void;
}

/** The queue's handle. */
export interface SliceQueue<T> {
  push(item: T): void;
  readonly size: number;
  /** Drops everything queued and stops scheduling (teardown). */
  clear(): void;
}

/** Creates a queue whose items run in budgeted slices. */
export function createSliceQueue<T>(options: SliceQueueOptions<T>): SliceQueue<T> {
  const budget = options.budgetMs ?? 4;
  const now = options.now ?? (() => performance.now());
  let items: T[] = [];
  let head = 0;
  let scheduled = false;
  let stopped = false;
  /** True while a slice runs its items: what they push is taken by this slice's loop or scheduled at its end. */
  let running = false;

  const slice = () => {
    if (stopped) return;
    const start = now();
    const more = () => now() - start < budget;
    runHook(options.beforeSlice);
    scheduled = false; // set after the hook: what it pushes is taken by this slice, not another frame
    let ran = 0;
    running = true;
    while (head < items.length && (ran === 0 || more())) {
      const item = items[head] as T;
      ran++;
      let done: unknown = true;
      try {
        done = options.run(item, more);
      } catch (error) {
        options.onError?.(error);
      }
      if (done === false) break;
      head++;
    }
    running = false;
    if (head >= items.length) {
      items = [];
      head = 0;
    }
    runHook(options.afterSlice);
    try {
      performance.measure('mailguard:slice', { start, end: now() });
    } catch {
      // performance.measure with options is missing in very old engines; timing is only informative.
    }
    if (head < items.length) schedule();
  };

  const runHook = (hook: (() => void) | undefined) => {
    try {
      hook?.();
    } catch (error) {
      options.onError?.(error);
    }
  };

  const schedule = () => {
    if (scheduled || stopped || running) return;
    scheduled = true;
    options.schedule(slice);
  };

  return {
    push(item) {
      if (stopped) return;
      items.push(item);
      schedule();
    },
    get size() {
      return items.length - head;
    },
    clear() {
      stopped = true;
      items = [];
      head = 0;
    },
  };
}
