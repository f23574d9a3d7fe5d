/**
 * Thread CPU time of the content script's work, from a Chromium trace (CDP `Tracing`), for `extension.bench.ts`.
 * `performance.measure` durations are wall-clock: on a loaded machine they include time the OS gave other processes.
 * Trace events carry `tdur`, the main thread's own CPU time, which does not grow with the machine's load.
 */
import type { CDPSession } from 'playwright-core';

/** A complete ('X') trace event, as far as this file reads it. */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly url?: string } };
}

/** Our script's main-thread time in one trace: wall and thread-CPU milliseconds, and the number of tasks. */
export interface ScriptTime {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly calls: number;
}

/** Starts tracing the page's JavaScript calls (FunctionCall, RunMicrotasks); `stop()` returns the events. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/**
 * Sums the top-level JavaScript calls into `scriptUrlPart` (animation-frame slices, observer callbacks) on the thread
 * that runs them, plus every microtask checkpoint between the first and the last of them that is not inside one (the
 * background's replies resolve there). The microtasks may include the page's own: the figure errs high, not low.
 */
export function scriptTime(events: readonly TraceEvent[], scriptUrlPart: string): ScriptTime {
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const ours = complete.filter((e) => e.name === 'FunctionCall' && e.args?.data?.url?.includes(scriptUrlPart));
  const first = ours[0];
  const last = ours.at(-1);
  if (!first || !last) return { wallMs: 0, cpuMs: 0, calls: 0 };
  const end = last.ts + (last.dur ?? 0);
  const candidates = complete.filter(
    (e) => e.tid === first.tid && e.ts >= first.ts && e.ts <= end && (ours.includes(e) || e.name === 'RunMicrotasks'),
  );
  let wall = 0;
  let cpu = 0;
  let calls = 0;
  let coveredUntil = -1;
  for (const e of candidates) {
    if (e.ts < coveredUntil) continue; // nested in a call already counted
    wall += e.dur ?? 0;
    cpu += e.tdur ?? e.dur ?? 0;
    calls++;
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000, calls };
}

const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/**
 * Thread CPU time of the page's rendering (style, layout, paint) on the script's thread from its first call to 50 ms
 * after its last: on the static demo page that is the cost our inserted chips cause, and none of our figures above.
 */
export function renderTime(events: readonly TraceEvent[], scriptUrlPart: string): number {
  const ours = events.filter(
    (e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url?.includes(scriptUrlPart),
  );
  if (!ours.length) return 0;
  const start = Math.min(...ours.map((e) => e.ts));
  const end = Math.max(...ours.map((e) => e.ts + (e.dur ?? 0))) + 50_000;
  const tid = ours[0]?.tid;
  let cpu = 0;
  for (const e of events) {
    if (e.ph === 'X' && e.tid === tid && e.ts >= start && e.ts <= end && RENDER_EVENTS.has(e.name)) {
      cpu += e.tdur ?? e.dur ?? 0;
    }
  }
  return cpu / 1000;
}
