/**
 * `npm run bench -- import`: mailbox import and Graph scan throughput.
 * 1. Writes a deterministic 100 000-message synthetic mbox to a temp dir (every 50th message carries a 150 KB PDF),
 *    streams it through `importMailbox` (parse only, then parse + `classifyEmail`), and prints messages/s, peak RSS and
 *    heap at 10 % / 50 % / 100 % of the messages. Targets: ≥ 2 000 messages/s, flat memory.
 * 2. Scans 20 000 messages from the local Graph test server ($top=100, a few 429s with Retry-After: 1, category
 *    write-back in $batches of 20) and prints messages/s with and without the throttling waits.
 * The temp dir is deleted at the end; the server listens on 127.0.0.1 and is closed.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGraphClient } from '../outlook-addin/scan/graph-client';
import { checkpointStore } from '../outlook-addin/scan/scan-checkpoint';
import { scanMailbox } from '../outlook-addin/scan/scan-mailbox';
import { classifyEmail } from '../shared/core/classify';
import { defaultPolicy } from '../shared/core/policy';
import { importMailbox } from '../shared/import';
import { buildMail, buildMbox, syntheticMail } from '../tests/fixtures/mail-exports/build-mail';
import { startFakeGraph, syntheticMessages } from '../tests/outlook-addin/scan/fake-graph-server';

const MESSAGES = 100_000;
const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toFixed(0)} MB`;

async function writeMbox(path: string): Promise<number> {
  const out = createWriteStream(path);
  const pdf = Buffer.alloc(150 * 1024, 37).toString('base64');
  for (let i = 0; i < MESSAGES; i += 500) {
    const chunk: string[] = [];
    for (let j = i; j < i + 500; j++) {
      const spec = syntheticMail(j);
      chunk.push(
        buildMail(
          j % 50 === 0
            ? { ...spec, attachments: [{ name: `scan-${j}.pdf`, type: 'application/pdf', base64: pdf }] }
            : spec,
        ),
      );
    }
    if (!out.write(buildMbox(chunk))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

async function importRun(path: string, classify: boolean) {
  globalThis.gc?.();
  const marks: string[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  let messages = 0;
  let errors = 0;
  const stream = Readable.toWeb(createReadStream(path, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
  const now = new Date('2026-11-25T00:00:00Z');
  for await (const item of importMailbox(stream, 'mbox')) {
    if ('message' in item) {
      messages++;
      if (classify) classifyEmail(item.message, { policy: defaultPolicy, now });
    } else errors++;
    const n = messages + errors;
    if (n === MESSAGES / 10 || n === MESSAGES / 2 || n === MESSAGES) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      marks.push(`${(n / MESSAGES) * 100}%: rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}`);
    }
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  return { messages, errors, seconds, rate: messages / seconds, peakRss, marks };
}

async function scanRun() {
  const graph = await startFakeGraph({ me: syntheticMessages(20_000) });
  graph.faults.push(
    { kind: 'page', at: 20, status: 429, retryAfter: '1' },
    { kind: 'page', at: 120, status: 429, retryAfter: '1' },
    { kind: 'batch-item', at: 500, status: 429, retryAfter: '1', times: 3 },
  );
  let waited = 0;
  let throttles = 0;
  const client = createGraphClient({
    fetch,
    baseUrl: graph.url,
    getToken: async () => 'token-1',
    onWait: (ms) => {
      waited += ms;
      throttles++;
    },
  });
  const kv = new Map<string, string>();
  const now = new Date('2026-11-25T00:00:00Z');
  const started = performance.now();
  const report = await scanMailbox({
    client,
    mailbox: 'me',
    mailboxId: 'bench@mailguard.test',
    classify: (email) => classifyEmail(email, { policy: defaultPolicy, now }),
    categoriesFor: (c) => [`Mailguard: ${c.category}`],
    saveLabels: async () => undefined,
    policyVersion: defaultPolicy.version,
    checkpoints: checkpointStore({ read: async (k) => kv.get(k), write: async (k, v) => void kv.set(k, v) }),
    pageSize: 100,
  });
  const seconds = (performance.now() - started) / 1000;
  await graph.close();
  return { report, seconds, waited: waited / 1000, throttles, requests: graph.log.length };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'mailguard-import-bench-'));
  try {
    const path = join(dir, 'synthetic.mbox');
    const t0 = performance.now();
    const size = await writeMbox(path);
    console.log(
      `generated ${MESSAGES.toLocaleString('en-GB')} messages, ${mb(size)} mbox in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    for (const classify of [false, true]) {
      const r = await importRun(path, classify);
      const verdict = r.rate >= 2000 ? 'meets' : 'MISSES';
      console.log(
        `import ${classify ? '+ classifyEmail' : '(parse only)   '}: ${r.messages.toLocaleString('en-GB')} messages, ${r.errors} errors in ${r.seconds.toFixed(1)} s = ${Math.round(r.rate).toLocaleString('en-GB')} messages/s (target ≥ 2 000: ${verdict}); ${(size / MB / r.seconds).toFixed(0)} MB/s; peak RSS ${mb(r.peakRss)}`,
      );
      console.log(`  memory ${r.marks.join(' · ')}`);
    }
    const s = await scanRun();
    const busy = s.seconds - s.waited;
    console.log(
      `graph scan (local server, $top=100, ${s.throttles} throttled answers with Retry-After 1 s): ${s.report.counts.scanned.toLocaleString('en-GB')} messages, ${s.report.counts.categoriesWritten.toLocaleString('en-GB')} categories written, ${s.requests} HTTP requests in ${s.seconds.toFixed(1)} s = ${Math.round(s.report.counts.scanned / s.seconds).toLocaleString('en-GB')} messages/s (${Math.round(s.report.counts.scanned / busy).toLocaleString('en-GB')} messages/s without the ${s.waited.toFixed(1)} s of throttling waits); status ${s.report.status}`,
    );
    if (s.report.status !== 'done') process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
