/**
 * e2e, mailbox import on the built extension's review page (real Chromium): a synthetic mbox chosen in the file input is
 * parsed and classified in the bundled import worker and its messages appear in the review queue with the categories
 * the core gives them; dropping the same file again updates them (no duplicate rows); a malformed mbox is imported with
 * its unreadable messages counted and listed, and the good ones stored.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyEmail } from '../../shared/core/classify';
import { defaultPolicy } from '../../shared/core/policy';
import { importMailbox } from '../../shared/import';
import { buildMail, buildMbox, syntheticMail } from '../fixtures/mail-exports/build-mail';
import { type Demo, startDemo } from './extension-harness';

let demo: Demo;
let review: Page;
const MBOX = buildMbox([0, 1, 2, 3, 4].map((n) => buildMail(syntheticMail(n))));
const MALFORMED = readFileSync(new URL('../fixtures/mail-exports/malformed.mbox', import.meta.url));

/** What the core says about each message of an mbox: Message-ID → category title; and how many could not be read. */
async function expected(bytes: Uint8Array): Promise<{ titles: Map<string, string>; errors: number }> {
  const titles = new Map<string, string>();
  let errors = 0;
  for await (const item of importMailbox(new Blob([new Uint8Array(bytes)]).stream(), 'mbox')) {
    if ('error' in item) {
      errors++;
      continue;
    }
    const c = classifyEmail(item.message, { policy: defaultPolicy, now: new Date() });
    titles.set(item.message.messageId, defaultPolicy.categories.find((x) => x.id === c.category)?.title ?? c.category);
  }
  return { titles, errors };
}

/** Message-ID → the category column of its queue row(s), for every row shown. */
async function queueRows(): Promise<[string, string][]> {
  return review
    .locator('[data-testid=review-row]')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-message-id') ?? '', r.querySelectorAll('td')[3]?.textContent ?? '']),
    );
}

async function reportCount(): Promise<number> {
  return review.locator('.mg-import-reports > li').count();
}

beforeAll(async () => {
  demo = await startDemo('manager');
  review = await demo.browser.context.newPage();
  await review.goto(`chrome-extension://${demo.browser.extensionId}/review.html`);
  await review.locator('.mg-import input[type=file]').waitFor({ timeout: 10_000 });
});
afterAll(async () => {
  await demo?.close();
});

describe('mailbox import on the review page', () => {
  it('labels a chosen mbox in the worker; the queue shows each message with the core’s category', async () => {
    const want = await expected(new TextEncoder().encode(MBOX));
    expect(want.titles.size).toBe(5);
    expect(new Set(want.titles.values()).size).toBeGreaterThan(2);
    await review
      .locator('.mg-import input[type=file]')
      .setInputFiles({ name: 'takeout.mbox', mimeType: 'application/mbox', buffer: Buffer.from(MBOX) });
    await expect.poll(reportCount, { timeout: 15_000 }).toBe(1);
    expect(await review.locator('.mg-import-reports > li').first().textContent()).toMatch(
      /takeout\.mbox imported: 5 messages labelled, 0 messages could not be read/,
    );
    await expect.poll(async () => (await queueRows()).length, { timeout: 10_000 }).toBe(5);
    expect(new Map(await queueRows())).toEqual(want.titles);
  });

  it('a re-import (dropped this time) updates the same rows instead of adding new ones', async () => {
    await review.evaluate(
      ({ text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'takeout.mbox', { type: 'application/mbox' }));
        const zone = document.querySelector('.mg-import .mg-drop');
        zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { text: MBOX },
    );
    await expect.poll(reportCount, { timeout: 15_000 }).toBe(2);
    expect(await review.locator('.mg-import-reports > li').nth(1).textContent()).toMatch(
      /imported: 5 messages labelled/,
    );
    const rows = await queueRows();
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map(([id]) => id)).size).toBe(5);
    const stored = await demo.browser.serviceWorker.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('mailguard');
          open.onsuccess = () => {
            const count = open.result.transaction('labels').objectStore('labels').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(5);
  });

  it('imports a malformed mbox: unreadable messages are counted with reasons, the good ones are stored', async () => {
    const want = await expected(MALFORMED);
    expect(want.errors).toBeGreaterThan(0);
    await review
      .locator('.mg-import input[type=file]')
      .setInputFiles({ name: 'malformed.mbox', mimeType: 'application/mbox', buffer: MALFORMED });
    await expect.poll(reportCount, { timeout: 15_000 }).toBe(3);
    const report = review.locator('.mg-import-reports > li').nth(2);
    expect(await report.textContent()).toContain(
      `malformed.mbox imported: ${want.titles.size} message${want.titles.size === 1 ? '' : 's'} labelled, ${want.errors} message${want.errors === 1 ? '' : 's'} could not be read`,
    );
    expect(await report.locator('details li').count()).toBe(want.errors);
    await expect.poll(async () => (await queueRows()).length, { timeout: 10_000 }).toBe(5 + want.titles.size);
    const shown = new Map(await queueRows());
    for (const [id, title] of want.titles) expect(shown.get(id), id).toBe(title);
  });
});
