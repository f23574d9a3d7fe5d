/**
 * e2e, Chromium + the built extension: the paste/drop/upload guard on a site outside the allow-list (the demo's
 * files.unvetted-share.example). Headless Chromium cannot click the optional-permission prompt, so this file loads a
 * copy of the build whose manifest grants that one origin up front — the same state the options page's request leaves
 * (the background then registers the guard from permissions.getAll(), as after a real grant).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/demo/build-extension';
import { type DemoServer, startDemoServer } from '../../scripts/demo/demo-server';
import { type DemoBrowser, launchDemoBrowser } from '../../scripts/demo/launch-browser';
import { UNVETTED_HOST } from '../../scripts/demo/unvetted-page';

let server: DemoServer;
let browser: DemoBrowser;
let dir: string;
let page: Page;

type Chrome = { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mailguard-ext-'));
  cpSync(buildExtension(true), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [`https://${UNVETTED_HOST}/*`];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  server = await startDemoServer();
  browser = await launchDemoBrowser({ extensionDir: dir, hosts: server.hosts, port: server.port, headless: true });
  for (let i = 0; i < 50; i++) {
    const got = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.scripting.getRegisteredContentScripts(),
    );
    if (got.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${UNVETTED_HOST}` });
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const dialog = () => page.locator('mailguard-dialog').getByRole('dialog');
const received = () =>
  page.evaluate(() => (window as unknown as { __received?: { what: string; value: string }[] }).__received ?? []);

async function pasteIntoNotes(text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('#notes').click();
  await page.keyboard.press('Control+V');
}

describe('paste guard on an unvetted site', () => {
  it('warns before a card number reaches the page, and nothing arrives when the person goes back', async () => {
    await page.goto(`https://${UNVETTED_HOST}/`);
    await pasteIntoNotes('Customer card 4111 1111 1111 1111 exp 09/28');
    await dialog().waitFor({ timeout: 10_000 });
    const text = (await dialog().textContent()) ?? '';
    expect(text).toContain('card number •••• 1111');
    expect(text).not.toContain('4111 1111 1111 1111');
    expect(text).toContain(UNVETTED_HOST);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await page.locator('#notes').inputValue()).toBe('');
    expect(await received()).toEqual([]);
  });

  it('lets text without personal data through untouched', async () => {
    await page.goto(`https://${UNVETTED_HOST}/`);
    await pasteIntoNotes('Agenda for the Thursday meeting');
    await expect
      .poll(() => page.locator('#notes').inputValue(), { timeout: 5_000 })
      .toBe('Agenda for the Thursday meeting');
    expect(await received()).toEqual([{ what: 'paste', value: 'Agenda for the Thursday meeting' }]);
    expect(await dialog().count()).toBe(0);
  });

  it('stops the upload of a call recording and clears the field', async () => {
    await page.goto(`https://${UNVETTED_HOST}/`);
    await page
      .locator('#upload')
      .setInputFiles({ name: 'call-5521.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('ID3') });
    await dialog().waitFor({ timeout: 10_000 });
    expect((await dialog().textContent()) ?? '').toContain('call-5521.mp3');
    expect(await dialog().getByRole('button', { name: 'Upload anyway' }).count()).toBe(0);
    await dialog().getByRole('button', { name: 'Go back and edit' }).click();
    expect(await page.locator('#upload').evaluate((i) => (i as HTMLInputElement).files?.length ?? 0)).toBe(0);
    expect(await received()).toEqual([]);
  });

  it('warns before a dropped customer export reaches the page; with a justification the page receives it', async () => {
    await page.goto(`https://${UNVETTED_HOST}/`);
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['name,phone\nTom,07700 900123\n'], 'customers-export.csv', { type: 'text/csv' }));
      return dt;
    });
    await page.dispatchEvent('#drop', 'drop', { dataTransfer });
    await dialog().waitFor({ timeout: 10_000 });
    expect((await dialog().textContent()) ?? '').toContain('customers-export.csv');
    expect(await received()).toEqual([]);
    await dialog().getByLabel('Reason').fill('Agreed transfer to the event organiser');
    await dialog().getByRole('button', { name: 'Upload anyway' }).click();
    await expect.poll(received, { timeout: 5_000 }).toEqual([{ what: 'drop', value: 'customers-export.csv' }]);
  });
});
