/**
 * The store on Chromium's real IndexedDB: a page bundling `shared/store` (esbuild), served on localhost and driven by
 * playwright-core. Proves labels, decisions and audit verification work there and survive a page reload, and that
 * tampering with the stored log through raw IndexedDB is caught.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as StoreModule from '../../shared/store/index';
import { labelInput, testPolicy } from '../shared/store/helpers';
import { bundleForBrowser, chromiumAvailable, launchChromium, servePage } from './helpers';

type Mg = typeof StoreModule;
const root = resolve(import.meta.dirname, '../..');
const available = chromiumAvailable();
if (!available) console.log('store-indexeddb e2e skipped: no Chromium at /usr/bin/chromium');

describe.skipIf(!available)('store on Chromium IndexedDB', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof servePage>>;

  beforeAll(async () => {
    const js = await bundleForBrowser({
      contents:
        "import * as s from './shared/store/index';\n(globalThis as unknown as { mailguardStore: unknown }).mailguardStore = s;",
      resolveDir: root,
    });
    server = await servePage({
      '/': '<!doctype html><title>store e2e</title><script src="/store.js"></script>',
      '/store.js': js,
    });
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await page.goto(server.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves labels, records decisions with audit entries, and keeps them across a reload', async () => {
    const policy = testPolicy();
    const inputs = [
      labelInput({ messageId: 'm-expired', receivedAt: '2019-05-01T09:00:00Z' }),
      labelInput({ messageId: 'm-active', receivedAt: '2026-10-01T09:00:00Z' }),
    ];
    const first = await page.evaluate(
      async ({ policy, inputs }) => {
        const store = await (globalThis as unknown as { mailguardStore: Mg }).mailguardStore.openStore();
        await store.setPolicy(policy, 'admin@example.co.uk');
        await store.saveLabels(inputs);
        const at = new Date('2026-11-25T12:00:00Z');
        await store.recordDecision({
          mailboxId: 'mbx-anna',
          messageId: 'm-expired',
          actor: 'maria.lopez@example.co.uk',
          at,
          type: 'legal_hold',
          reason: 'Claim CL-3',
        });
        const bad = await store
          .recordDecision({
            mailboxId: 'mbx-anna',
            messageId: 'm-active',
            actor: 'maria.lopez@example.co.uk',
            at,
            type: 'extend',
            until: '2020-01-01',
            reason: 'x',
          })
          .then(
            () => 'written',
            (e: { code: string }) => e.code,
          );
        const verified = await store.verifyAuditLog();
        store.close();
        return { bad, verified };
      },
      { policy, inputs },
    );
    expect(first).toEqual({ bad: 'invalid', verified: { ok: true, count: 2 } });

    await page.reload();
    const after = await page.evaluate(async (again) => {
      const store = await (globalThis as unknown as { mailguardStore: Mg }).mailguardStore.openStore();
      await store.saveLabel(again); // the client classifies the held mail again: the hold must survive
      const held = await store.getLabel('mbx-anna', 'm-expired');
      const queue = await store.reviewQueue({ now: new Date('2026-11-25T12:00:00Z') });
      const log = await store.auditLog();
      const verified = await store.verifyAuditLog();
      const found = await store.findBySubject('priya.sharma@customer.example');
      store.close();
      return {
        held: held?.status,
        hold: held?.hold?.reason,
        queue: queue.items.map((i) => [i.messageId, i.status]),
        types: log.map((e) => e.type),
        verified,
        found: found.length,
      };
    }, inputs[0]!);
    expect(after).toEqual({
      held: 'legal_hold',
      hold: 'Claim CL-3',
      queue: [
        ['m-active', 'active'],
        ['m-expired', 'legal_hold'],
      ],
      types: ['policy_change', 'decision'],
      verified: { ok: true, count: 2 },
      found: 2,
    });
  });

  it('catches an audit entry edited through raw IndexedDB', async () => {
    const result = await page.evaluate(async () => {
      await new Promise<void>((done, fail) => {
        const req = indexedDB.open('mailguard');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('audit', 'readwrite');
          const audit = tx.objectStore('audit');
          const get = audit.get(2);
          get.onsuccess = () => audit.put({ ...get.result, actor: 'intruder@example.co.uk' });
          tx.onerror = () => fail(tx.error);
          tx.oncomplete = () => {
            req.result.close();
            done();
          };
        };
      });
      const store = await (globalThis as unknown as { mailguardStore: Mg }).mailguardStore.openStore();
      const v = await store.verifyAuditLog();
      store.close();
      return v;
    });
    expect(result).toMatchObject({ ok: false, count: 2, problems: [{ seq: 2 }] });
  });
});
