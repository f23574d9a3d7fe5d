/**
 * Extension figures (`npm run bench -- extension`):
 * 1. Main-thread time the Outlook content script spends labelling 500 list rows in Chromium: the sum of its
 *    `mailguard:slice` performance measures (every row read and chip render runs inside one), from the first slice until
 *    all 500 chips are shown; plus long tasks (PerformanceObserver 'longtask') during that time.
 *    Targets: < 16 ms in total, no long task > 50 ms. (Classification itself runs in the service worker.)
 *    Also, from a Chromium trace of each run (extension-trace.ts), the thread CPU time of every call into the content
 *    script plus the microtasks that deliver the background's replies: wall-clock measures grow with the machine's
 *    load (other processes take the core mid-slice), thread CPU time does not. The page's own rendering of the rows
 *    (style, layout, paint after our slices) is in neither figure.
 *    After each run, every row's chip is checked against the core's classification of the row's visible text
 *    (extension-chips-check.ts): a run with a missing or wrong chip fails the bench (exit code 1), so printed figures
 *    come from runs that did the whole job.
 * 2. The content scripts' gzip size. Target ≤ 50 KB each.
 * Uses the built extension (.output/chrome-mv3; built if missing) and the demo mailbox in bench mode (?rows=500).
 * Run alone with options: `node --import tsx bench/extension.bench.ts [--reuse-build] [--profile]`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildExtension } from '../scripts/demo/build-extension';
import { startDemoServer } from '../scripts/demo/demo-server';
import { launchDemoBrowser } from '../scripts/demo/launch-browser';
import { checkOutlookChips } from './extension-chips-check';
import { renderTime, type ScriptTime, scriptTime, startTrace } from './extension-trace';

const ROWS = 500;
const RUNS = 5;
/** `--profile`: also records a sampling CPU profile in one extra run (wall-clock samples: noisy on a busy machine). */
const PROFILE = process.argv.includes('--profile');
// A private copy: other work on this checkout may rebuild .output/ while the browser loads from it.
const extensionDir = mkdtempSync(join(tmpdir(), 'mailguard-bench-ext-'));
cpSync(buildExtension(process.argv.includes('--reuse-build')), extensionDir, { recursive: true });

for (const name of ['outlook', 'gmail']) {
  const file = join(extensionDir, 'content-scripts', `${name}.js`);
  const raw = readFileSync(file);
  const kb = gzipSync(raw, { level: 9 }).length / 1024;
  console.log(
    `content script ${name}.js: ${(raw.length / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip (target ≤ 50 KB) ${kb <= 50 ? 'OK' : 'MISSED'}`,
  );
}

const load = loadavg()[0] ?? 0;
console.log(
  `machine: ${cpus().length} cores, load average ${load.toFixed(1)} at start` +
    (load > cpus().length ? ' — busy: wall-clock figures below include time other processes took from the page' : ''),
);
const server = await startDemoServer();
const browser = await launchDemoBrowser({ extensionDir, hosts: server.hosts, port: server.port, headless: true });
type Run = {
  totalMs: number;
  slices: number;
  maxSliceMs: number;
  longTasks: number[];
  wallMs: number;
  trace: ScriptTime;
  renderMs: number;
};
const runs: Run[] = [];
const wrongChips: string[] = [];
let checkedRows = 0;
try {
  await browser.context.addInitScript(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  for (let i = 0; i < RUNS + 1 + (PROFILE ? 1 : 0); i++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const profile = PROFILE && i === RUNS + 1; // an extra run: the profiler's overhead stays out of the figures
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const trace = await startTrace(cdp);
    await page.goto(`https://outlook.office.com/mail/inbox?rows=${ROWS}`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[role=option] mailguard-chip[data-category]').length >= n,
      ROWS,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
    const events = await trace.stop();
    if (profile) {
      const file = join(tmpdir(), 'mailguard-extension-bench.cpuprofile');
      writeFileSync(file, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      console.log(`CPU profile of an extra run: ${file} (open in Chromium DevTools › Performance)`);
    }
    const measured = await page.evaluate(() => {
      const slices = performance.getEntriesByName('mailguard:slice');
      const first = slices[0]?.startTime ?? 0;
      const last = slices.at(-1);
      const end = last ? last.startTime + last.duration : first;
      const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
      return {
        totalMs: slices.reduce((s, e) => s + e.duration, 0),
        slices: slices.length,
        maxSliceMs: Math.max(0, ...slices.map((e) => e.duration)),
        longTasks: w.__longtasks.filter((t) => t.start + t.duration >= first && t.start <= end).map((t) => t.duration),
        wallMs: end - first,
      };
    });
    const check = await checkOutlookChips(page, server.emails);
    checkedRows += check.rows;
    if (check.rows !== ROWS) wrongChips.push(`run ${i}: ${check.rows} rows on the page, not ${ROWS}`);
    wrongChips.push(...check.wrong.map((w) => `run ${i}: ${w}`));
    const script = '/content-scripts/outlook.js';
    const run: Run = { ...measured, trace: scriptTime(events, script), renderMs: renderTime(events, script) };
    if (i > 0 && !profile) runs.push(run); // the first run warms the service worker and caches
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(extensionDir, { recursive: true, force: true });
}

const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
const median = sorted[Math.floor(sorted.length / 2)] as Run;
const worstLong = Math.max(0, ...runs.flatMap((r) => r.longTasks));
console.log(
  `label ${ROWS} Outlook rows, main thread: median ${median.totalMs.toFixed(1)} ms in ${median.slices} slices ` +
    `(max slice ${median.maxSliceMs.toFixed(1)} ms; first→last slice ${median.wallMs.toFixed(0)} ms wall) over ${RUNS} runs; ` +
    `all runs: ${runs.map((r) => r.totalMs.toFixed(1)).join(', ')} ms (target < 16 ms) ${median.totalMs < 16 ? 'OK' : 'MISSED'}`,
);
const byCpu = [...runs].sort((a, b) => a.trace.cpuMs - b.trace.cpuMs);
const cpuMedian = (byCpu[Math.floor(byCpu.length / 2)] as Run).trace;
console.log(
  `same, from the trace: thread CPU median ${cpuMedian.cpuMs.toFixed(1)} ms (wall ${cpuMedian.wallMs.toFixed(1)} ms) in ` +
    `${cpuMedian.calls} calls/microtask runs; all runs CPU: ${runs.map((r) => r.trace.cpuMs.toFixed(1)).join(', ')} ms, ` +
    `wall: ${runs.map((r) => r.trace.wallMs.toFixed(1)).join(', ')} ms (target < 16 ms) ${cpuMedian.cpuMs < 16 ? 'OK' : 'MISSED'}`,
);
const renders = runs.map((r) => r.renderMs).sort((a, b) => a - b);
console.log(
  `page rendering (style, layout, paint) while the chips go in, thread CPU: median ` +
    `${(renders[Math.floor(renders.length / 2)] ?? 0).toFixed(1)} ms; all runs: ${runs.map((r) => r.renderMs.toFixed(1)).join(', ')} ms ` +
    `(not ours to count above, but caused by the inserted chips; no target)`,
);
console.log(
  `long tasks during labelling: ${runs.reduce((s, r) => s + r.longTasks.length, 0)} in ${RUNS} runs, longest ${worstLong.toFixed(0)} ms ` +
    `(target: none > 50 ms) ${worstLong <= 50 ? 'OK' : 'MISSED'}`,
);
console.log(
  wrongChips.length
    ? `chips WRONG on ${wrongChips.length} rows (the figures above do not stand): ${wrongChips.slice(0, 5).join('; ')}`
    : `chips checked: all ${checkedRows} rows of ${RUNS + 1 + (PROFILE ? 1 : 0)} runs have one chip with the core's category of their text OK`,
);
console.log(`machine: load average ${(loadavg()[0] ?? 0).toFixed(1)} at end`);
if (wrongChips.length) process.exitCode = 1;
