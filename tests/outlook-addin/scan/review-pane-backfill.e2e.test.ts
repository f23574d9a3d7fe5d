/**
 * The built review pane in Chromium (real office.js, stubbed Outlook host: tests/outlook-addin/addin-page.ts): a manager
 * imports an mbox (with a malformed message) and a synthetic .msg through the file chooser; the parsers run in the
 * browser bundle, the report names the bad message's reason, and the imported expired card mail appears in the review
 * queue under its Message-ID. The scan panel says plainly when mailguard-config.json is missing, and offers the scan
 * when it names an Entra app (signing in needs Outlook's NAA broker, which cannot run here).
 */
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../../e2e/helpers/chromium';
import { buildMail, buildMbox } from '../../fixtures/mail-exports/build-mail';
import { makeMsg } from '../../fixtures/mail-exports/make-msg';
import { openAddinPage } from '../addin-page';
import { manager } from '../fixtures';

const have = chromiumAvailable();
if (!have) console.log('review-pane backfill e2e skipped: no Chromium at /usr/bin/chromium');

const roles = { 'roles.json': JSON.stringify({ managers: [manager.emailAddress] }) };
const spec = { user: manager, item: null, runtimeStorage: {} };

describe.skipIf(!have)('review pane backfill tools (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports an mbox and a .msg, reports the broken message, and queues the expired card mail', async () => {
    const { page, rows, foreignRequests } = await openAddinPage(browser, 'review.html', spec, roles);
    await page.getByText('Scanning is not set up: no mailguard-config.json').waitFor();
    const card = buildMail({
      from: 'Ada Fictional <ada.fictional@example.test>',
      to: manager.emailAddress,
      subject: 'Card payment for order 5512',
      date: 'Mon, 15 Jan 2018 10:00:00 +0000',
      messageId: '<old-card-5512@example.test>',
      body: 'Please charge my card 5555 5555 5555 4444 for order 5512.',
    });
    const broken = 'From x@example.test Tue Mar 03 12:00:00 2020\nTo: a@example.test\nSubject: lost sender\n\nhi\n';
    const msg = makeMsg({
      subject: 'Remote session',
      senderSmtp: 'ben.madeup@example.test',
      body: 'TeamViewer id 123 456 789, password hunter2',
      internetMessageId: '<remote-1@example.test>',
      deliveryTime: new Date('2025-06-01T09:00:00Z'),
      recipients: [{ smtp: manager.emailAddress, name: 'Alex', type: 'to' }],
      attachments: [],
    });
    await page.locator('.mg-import input[type=file]').setInputFiles([
      { name: 'Takeout.mbox', mimeType: 'application/mbox', buffer: Buffer.from(buildMbox([card]) + broken) },
      { name: 'remote.msg', mimeType: 'application/vnd.ms-outlook', buffer: Buffer.from(msg) },
    ]);
    const reports = page.getByRole('list', { name: 'Import reports' });
    await reports.getByText('remote.msg imported').waitFor();
    expect(await reports.textContent()).toContain(
      'Takeout.mbox imported: 1 message labelled, 1 message could not be read.',
    );
    await reports.getByText('Messages that could not be read (1)').click();
    expect(await reports.textContent()).toContain(
      'Message 2: no sender: the From header is missing or holds no address',
    );
    await page.locator('tr[data-message-id="old-card-5512@example.test"]').waitFor();
    const labels = (await rows('mailguard', 'labels')) as { messageId: string; category: string }[];
    expect(labels.map((l) => l.messageId).sort()).toEqual(['old-card-5512@example.test', 'remote-1@example.test']);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('offers the scan when mailguard-config.json names an Entra app', async () => {
    const config = {
      'mailguard-config.json': JSON.stringify({ graph: { clientId: '11111111-2222-4333-8444-555555555555' } }),
    };
    const { page } = await openAddinPage(browser, 'review.html', spec, { ...roles, ...config });
    await page.getByRole('button', { name: /Scan mailbox/ }).waitFor();
    expect(await page.getByLabel('Shared mailbox address').count()).toBe(1);
    await page.context().close();
  });
});
