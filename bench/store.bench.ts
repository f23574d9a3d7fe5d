/**
 * Store benchmark in Chromium's real IndexedDB (headless, through playwright-core): bulk insert of 100 000 labelled
 * messages, the review queue's first page, a sweep, recordDecision latency, and verifyAuditLog over 10 000 entries.
 * Run alone: `npm run bench -- store` (STORE_BENCH_ROWS=… to change the row count).
 * Target: first page of the queue < 200 ms at 100 000 rows.
 */
import { resolve } from 'node:path';
import type * as Chain from '../shared/store/audit-chain';
import type * as Write from '../shared/store/audited-write';
import type * as Db from '../shared/store/db';
import type * as StoreModule from '../shared/store/index';
import type * as Retention from '../shared/store/retention-math';
import { bundleForBrowser, chromiumAvailable, launchChromium, servePage } from '../tests/e2e/helpers';
import { testPolicy } from '../tests/shared/store/helpers';

/** What the bench page exposes as `globalThis.bench`. */
type Bench = typeof StoreModule &
  Pick<typeof Retention, 'addIsoDuration'> &
  Pick<typeof Chain, 'sealEntries'> &
  Pick<typeof Db, 'MailguardDb'> &
  Pick<typeof Write, 'readAuditHead'>;
const ROWS = Number(process.env.STORE_BENCH_ROWS ?? 100_000);
const AUDIT = 10_000;
const DECISIONS = 1_000;
const QUEUE_TARGET_MS = 200;

if (!chromiumAvailable()) {
  console.log('store bench skipped: no Chromium at /usr/bin/chromium');
  process.exit(0);
}

const js = await bundleForBrowser({
  resolveDir: resolve(import.meta.dirname, '..'),
  contents: `
    import * as store from './shared/store/index';
    import { sealEntries } from './shared/store/audit-chain';
    import { MailguardDb } from './shared/store/db';
    import { addIsoDuration } from './shared/store/retention-math';
    import { readAuditHead } from './shared/store/audited-write';
    (globalThis as unknown as { bench: unknown }).bench = { ...store, sealEntries, MailguardDb, readAuditHead, addIsoDuration };`,
});
const server = await servePage({
  '/': '<!doctype html><title>store bench</title><script src="/b.js"></script>',
  '/b.js': js,
});
const browser = await launchChromium();
try {
  const page = await (await browser.newContext()).newPage();
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper the serialised function below refers to.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(server.origin);
  const figures = await page.evaluate(
    async ({ policy, ROWS, AUDIT, DECISIONS }) => {
      const b = (globalThis as unknown as { bench: Bench }).bench;
      const t = () => performance.now();
      const store = await b.openStore({ name: 'bench' });
      await store.setPolicy(policy, 'admin@example.co.uk');
      const cats = policy.categories;
      const day = 86_400_000;
      const start = Date.UTC(2019, 0, 1);
      // Synthetic labelled messages: categories in turn, received over ~8 years, 3 participants from 5 000 people.
      const input = (i: number) => {
        const cat = cats[i % cats.length]!;
        const receivedAt = new Date(start + ((i * 7919) % (8 * 365)) * day).toISOString();
        return {
          mailboxId: `mbx-${i % 4}`,
          messageId: `msg-${i}`,
          threadId: `thr-${Math.floor(i / 3)}`,
          receivedAt,
          from: `person${i % 5000}@customer${i % 50}.example`,
          participants: [`person${(i * 31) % 5000}@customer${i % 50}.example`, `staff${i % 20}@example.co.uk`],
          subject: `Synthetic message ${i} about order ${100000 + i}`,
          classification: {
            category: cat.id,
            lawfulBasis: cat.lawfulBasis,
            retention: {
              period: cat.retention.period,
              expiresAt: b.addIsoDuration(receivedAt, cat.retention.period),
              status: 'active' as const,
            },
            personalData: [{ kind: 'phone' as const, start: 0, end: 13, confidence: 0.9 }],
            reasons: ['synthetic'],
          },
          // One in ten was labelled under an older policy version (relabelOutdated's work below).
          policyVersion: i % 10 === 0 ? 'older' : policy.version,
        };
      };
      const out: Record<string, number> = {};
      let t0 = t();
      const BATCH = 2000;
      for (let i = 0; i < ROWS; i += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, ROWS - i) }, (_, k) => input(i + k));
        await store.saveLabels(batch);
      }
      out.insert = t() - t0;
      t0 = t();
      out.relabelled = (await store.relabelOutdated(policy, new Date('2026-11-25T00:00:00Z'))).updated;
      out.relabel = t() - t0;
      const now = new Date('2026-11-25T12:00:00Z');
      t0 = t();
      const first = await store.reviewQueue({ now, pageSize: 50 });
      out.queueFirst = t() - t0;
      out.queueTotal = first.total;
      out.queueExpired = first.counts.byStatus.expired ?? 0;
      const runs: number[] = [];
      for (let r = 0; r < 5; r++) {
        t0 = t();
        await store.reviewQueue({ now, pageSize: 50 });
        runs.push(t() - t0);
      }
      out.queueMedian = runs.sort((a, z) => a - z)[2]!;
      t0 = t();
      await store.reviewQueue({ now, pageSize: 50, page: 1000, category: cats[1]!.id });
      out.queueFiltered = t() - t0;
      // The Outlook review pane's call: one mailbox (25 000 rows here), one status, first page.
      t0 = t();
      await store.reviewQueue({ now, pageSize: 25, mailbox: 'mbx-1', status: 'expired' });
      out.queueMailbox = t() - t0;
      t0 = t();
      await store.reviewQueue({ now, pageSize: 25, mailbox: 'mbx-1', category: cats[2]!.id });
      out.queueMailboxCategory = t() - t0;
      t0 = t();
      const sw = await store.sweep(new Date('2027-06-01T00:00:00Z'));
      out.sweep = t() - t0;
      out.sweepChanged = sw.changed;
      t0 = t();
      out.sweepAgainChanged = (await store.sweep(new Date('2027-06-01T00:00:00Z'))).changed;
      out.sweepAgain = t() - t0;
      t0 = t();
      for (let i = 0; i < DECISIONS; i++) {
        await store.recordDecision({
          mailboxId: `mbx-${i % 4}`,
          messageId: `msg-${i}`,
          actor: 'maria.lopez@example.co.uk',
          at: now,
          type: 'keep',
          reason: `Reviewed ${i}`,
        });
      }
      out.decisionEach = (t() - t0) / DECISIONS;
      // Top the log up to AUDIT entries with sealed entries written straight to the tables (same chain, faster seed).
      const db = new b.MailguardDb('bench');
      await db.open();
      const head = await b.readAuditHead(db);
      const drafts = Array.from({ length: AUDIT - head.seq }, (_, i) => ({
        at: now.toISOString(),
        actor: 'bench',
        type: 'decision' as const,
        target: `mbx-0/seed-${i}`,
        details: { decision: 'keep', reason: 'seed' },
      }));
      const sealed = await b.sealEntries(drafts, head);
      await db.transaction('rw', db.audit, db.meta, async () => {
        await db.audit.bulkAdd(sealed);
        await db.meta.put({ key: 'auditHead', value: { seq: AUDIT, hash: sealed[sealed.length - 1]!.hash } });
      });
      db.close();
      t0 = t();
      const v = await store.verifyAuditLog();
      out.verify = t() - t0;
      out.verifyCount = v.count;
      out.verifyOk = v.ok ? 1 : 0;
      store.close();
      return out;
    },
    { policy: testPolicy('bench-1'), ROWS, AUDIT, DECISIONS },
  );
  const f = (n: number | undefined) => `${(n ?? 0).toFixed(0).padStart(7)} ms`;
  const ok = (figures.queueFirst ?? Infinity) < QUEUE_TARGET_MS;
  console.log(`Chromium IndexedDB, ${ROWS} labelled messages (headless, ${new Date().toISOString().slice(0, 10)})`);
  console.log(
    `  insert ${ROWS} labels (saveLabels, batches of 2000) ${f(figures.insert)}  (${((ROWS / (figures.insert ?? 1)) * 1000).toFixed(0)} labels/s)`,
  );
  console.log(`  relabelOutdated (${figures.relabelled} of ${ROWS} labels)     ${f(figures.relabel)}`);
  console.log(
    `  reviewQueue first page (cold)                 ${f(figures.queueFirst)}  target < ${QUEUE_TARGET_MS} ms: ${ok ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `  reviewQueue first page (median of 5)          ${f(figures.queueMedian)}  (total ${figures.queueTotal}, expired ${figures.queueExpired})`,
  );
  console.log(`  reviewQueue category filter, page 1000        ${f(figures.queueFiltered)}`);
  console.log(`  reviewQueue one mailbox, expired, first page   ${f(figures.queueMailbox)}`);
  console.log(`  reviewQueue one mailbox + category, first page ${f(figures.queueMailboxCategory)}`);
  console.log(`  sweep (${figures.sweepChanged} changed)                  ${f(figures.sweep)}`);
  console.log(`  sweep again (${figures.sweepAgainChanged} changed)                     ${f(figures.sweepAgain)}`);
  console.log(
    `  recordDecision, each (mean of ${DECISIONS})            ${(figures.decisionEach ?? 0).toFixed(2).padStart(7)} ms`,
  );
  console.log(
    `  verifyAuditLog over ${figures.verifyCount} entries (ok: ${figures.verifyOk === 1})  ${f(figures.verify)}`,
  );
  if (!ok || figures.verifyOk !== 1) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
