/**
 * Headless tour of the demo for the README: the labelled Outlook list, an opened message's full label, the Gmail list,
 * and the manager's review page after a few messages were opened and a decision recorded.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { outlookItemId } from './demo-server';
import { type DemoBrowser, setExtensionSettings } from './launch-browser';

async function chips(page: Page, min: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('mailguard-chip').length >= n, min, { timeout: 20_000 });
}

/** Takes the screenshots into `outDir`; returns the files written. */
export async function takeScreenshots(browser: DemoBrowser, outDir: string): Promise<string[]> {
  const files: string[] = [];
  await setExtensionSettings(browser, { 'mailguard.role': 'manager', 'mailguard.actor': 'Jo Whitfield (manager)' });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto('https://outlook.office.com/mail/inbox');
  await chips(page, 15);
  files.push(join(outDir, 'outlook-list.png'));
  await page.screenshot({ path: files.at(-1) });

  // Open a few messages (stored labels feed the review queue), by URL as a bookmark would; end on one in view.
  for (const id of ['m16', 'm21', 'm35', 'm06', 'm04', 'm03']) {
    await page.goto(`https://outlook.office.com/mail/id/${encodeURIComponent(outlookItemId(id))}`);
    await page.waitForSelector('mailguard-label[data-category]', { timeout: 10_000 });
  }
  await chips(page, 15);
  files.push(join(outDir, 'outlook-reading-pane.png'));
  await page.screenshot({ path: files.at(-1) });

  const gmail = await browser.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  await chips(gmail, 30);
  files.push(join(outDir, 'gmail-list.png'));
  await gmail.screenshot({ path: files.at(-1) });

  const review = await browser.context.newPage();
  await review.goto(`chrome-extension://${browser.extensionId}/review.html`);
  await review.waitForSelector('[data-testid=review-row]', { timeout: 10_000 });
  // One recorded decision, so the audit log shows more than the policy entry.
  await review.locator('[data-testid=review-row][data-status=expired] input[type=checkbox]').first().check();
  await review.locator('select[name=decision]').selectOption('legal_hold');
  await review.locator('input[name=reason]').fill('letter before claim received: keep until resolved');
  await review.getByRole('button', { name: 'Record decision' }).click();
  await review.getByText(/recorded for 1 item/).waitFor({ timeout: 10_000 });
  files.push(join(outDir, 'review-page.png'));
  await review.screenshot({ path: files.at(-1), fullPage: true });
  return files;
}
