/**
 * The import worker in a real browser Worker (Chromium): the worker bundle (postal-mime, msgreader, the classifier)
 * runs off the page's thread, takes Files the page hands it, and answers with progress, acknowledged batches and a
 * report — for an mbox and a synthetic .msg.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../../e2e/helpers/chromium';
import { bundleForBrowser, servePage } from '../../e2e/helpers/index';
import { buildMail, buildMbox, syntheticMail } from '../../fixtures/mail-exports/build-mail';
import { makeMsg } from '../../fixtures/mail-exports/make-msg';

const have = chromiumAvailable();
if (!have) console.log('import worker e2e skipped: no Chromium at /usr/bin/chromium');

const PAGE_SCRIPT = `
import { workerImportRunner } from './import-protocol';
const worker = new Worker('/worker.js');
const runner = workerImportRunner(worker, () => ({ now: new Date('2026-11-25T00:00:00Z') }));
(window as unknown as { importFile: unknown }).importFile = async (name: string, base64: string) => {
  const file = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name);
  let batches = 0;
  const keys: string[] = [];
  let progressEvents = 0;
  const report = await runner(file, {
    onProgress: () => void progressEvents++,
    onBatch: async (labels) => {
      batches++;
      for (const l of labels) keys.push(l.messageId + ' ' + l.classification.category);
    },
  }).done;
  return { report, batches, keys, progressEvents };
};
`;

describe.skipIf(!have)('import worker in Chromium', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof servePage>>;
  beforeAll(async () => {
    const dir = join(import.meta.dirname, '../../../shared/import');
    const [worker, page] = await Promise.all([
      bundleForBrowser({ entry: join(dir, 'import-worker.ts') }),
      bundleForBrowser({ contents: PAGE_SCRIPT, resolveDir: dir }),
    ]);
    served = await servePage({
      '/': '<!doctype html><title>import</title><script src="/page.js"></script>',
      '/page.js': page,
      '/worker.js': worker,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('imports an mbox and a .msg in a Worker and hands labelled batches to the page', async () => {
    const page = await browser.newPage();
    await page.goto(served.origin);
    const mbox = Buffer.from(buildMbox(Array.from({ length: 600 }, (_, i) => buildMail(syntheticMail(i)))));
    const msg = makeMsg({
      subject: 'Remote session',
      senderSmtp: 'ben.madeup@example.test',
      body: 'TeamViewer id 123 456 789, password hunter2',
      internetMessageId: '<remote-1@example.test>',
      deliveryTime: new Date('2025-06-01T09:00:00Z'),
      recipients: [{ smtp: 'support@mailguard.test', name: 'Support', type: 'to' }],
      attachments: [],
    });
    type Result = {
      report: { status: string; messages: number; bytesRead: number; totalBytes: number };
      batches: number;
      keys: string[];
      progressEvents: number;
    };
    const run = (name: string, bytes: Uint8Array) =>
      page.evaluate(
        ([n, b]) => (window as unknown as { importFile: (n: string, b: string) => Promise<Result> }).importFile(n, b),
        [name, Buffer.from(bytes).toString('base64')] as const,
      );
    const fromMbox = await run('Inbox.mbox', mbox);
    expect(fromMbox.report).toMatchObject({
      status: 'done',
      messages: 600,
      bytesRead: mbox.length,
      totalBytes: mbox.length,
    });
    expect(fromMbox.batches).toBe(3);
    expect(fromMbox.keys[0]).toBe('synthetic-0@example.test card_data');
    expect(fromMbox.progressEvents).toBeGreaterThan(0);
    const fromMsg = await run('remote.msg', msg);
    expect(fromMsg.report).toMatchObject({ status: 'done', messages: 1 });
    expect(fromMsg.keys).toEqual(['remote-1@example.test remote_access']);
    await page.close();
  });
});
