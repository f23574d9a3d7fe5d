/**
 * Send-guard figure (`npm run bench -- send-guard`): time from Send to the guard's decision for a 1 MB draft, in
 * Chromium with the built extension on the demo Outlook compose. Measured in the page with performance marks the
 * content script sets (`mailguard:send-held` → `mailguard:send-decided`, measure `mailguard:send-to-decision`): reading
 * the draft through the adapter, mapping it, the round trip to the service worker (structured clone of 1 MB) and the
 * core's assessment there. Also the page-side wall time from the click to the visible outcome (dialog shown / page
 * sent). Two drafts: allowed (to a colleague) and warned (a phone number to an unvetted domain). Target: < 50 ms median.
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { buildExtension } from '../scripts/demo/build-extension';
import { startDemoServer } from '../scripts/demo/demo-server';
import { launchDemoBrowser } from '../scripts/demo/launch-browser';

const TARGET_MS = 50;
const RUNS = 7;
const extensionDir = buildExtension(process.argv.includes('--reuse-build'));

const load = loadavg()[0] ?? 0;
console.log(`machine: ${cpus().length} cores, load average ${load.toFixed(1)} at start`);

type Sample = { decision: number; wall: number };
const quant = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? Number.NaN };
};

async function once(page: Page, to: string, withPhone: boolean): Promise<Sample> {
  await page.goto('https://outlook.office.com/mail/inbox');
  await page.getByRole('button', { name: 'New mail' }).click();
  const box = page.locator('[role=group][id$="_TO"] [contenteditable=true]');
  await box.click();
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  await page.locator('input[aria-label="Subject"]').fill('Quarterly service notes');
  await page.evaluate((phone) => {
    const line =
      'The quarterly maintenance schedule is attached; the engineer will visit the second floor on Thursday.\n';
    const body = document.querySelector('[role=textbox][aria-label^="Message body"]') as HTMLElement;
    const parts: string[] = [];
    for (let size = 0; size < 1_000_000; size += line.length) parts.push(line);
    if (phone) parts.splice(500, 0, 'Site contact: 07700 900123.\n');
    body.textContent = parts.join('');
    performance.clearMarks();
    performance.clearMeasures();
  }, withPhone);
  await page.waitForTimeout(900); // let the compose banner's debounced check finish first
  // A string, not a function: tsx's keepNames helper (__name) does not exist inside the page.
  return page.evaluate(MEASURE) as Promise<Sample>;
}

/** Clicks Send in the page and resolves when the outcome shows (dialog or sent), with the guard's own measure. */
const MEASURE = `new Promise((resolve, reject) => {
  const send = document.querySelector('.fui-SplitButton__primaryActionButton');
  let t0 = 0;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('mailguard-dialog') && !document.querySelector('.ol-sent')) return;
    const wall = performance.now() - t0;
    observer.disconnect();
    const m = performance.getEntriesByName('mailguard:send-to-decision', 'measure')[0];
    if (m) resolve({ decision: m.duration, wall });
    else reject(new Error('no mailguard:send-to-decision measure'));
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  setTimeout(() => reject(new Error('no decision within 10 s')), 10000);
  t0 = performance.now();
  send.click();
})`;

const server = await startDemoServer();
const browser = await launchDemoBrowser({ extensionDir, hosts: server.hosts, port: server.port, headless: true });
let missed = false;
try {
  const page = await browser.context.newPage();
  for (const [name, to, phone] of [
    ['allowed: 1 MB to a colleague', 'ann.lee@northwind-it.co.uk', false],
    ['warned: 1 MB with a phone number to an unvetted domain', 'ops@venue-hire.example', true],
  ] as const) {
    await once(page, to, phone); // warm-up (service worker start, JIT)
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await once(page, to, phone));
    const d = quant(samples.map((s) => s.decision));
    const w = quant(samples.map((s) => s.wall));
    const ok = d.median < TARGET_MS;
    missed ||= !ok;
    console.log(
      `${name}: Send → decision median ${d.median.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms, max ${d.max.toFixed(1)} ms ` +
        `(target < ${TARGET_MS} ms) ${ok ? 'OK' : 'MISSED'}; click → outcome on screen median ${w.median.toFixed(1)} ms ` +
        `(${RUNS} runs)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`load average ${(loadavg()[0] ?? 0).toFixed(1)} at end`);
if (missed) console.log('Target missed: see the figures above (wall-clock on a shared 2-core machine).');
