/**
 * Helpers of the send-guard e2e files: open a compose on the demo mailbox, add recipients the way a person does, read
 * the page's "sent" record, and the audit log through the extension's own page (which may use every protocol verb).
 */
import type { Page } from 'playwright-core';
import type { Demo } from './extension-harness';

/** What the demo page recorded as sent (the demo's stand-in for the network). */
export async function sentDrafts(page: Page): Promise<{ to: string[]; subject: string }[]> {
  return page.evaluate(
    () => (window as unknown as { __demoSent?: { to: string[]; subject: string }[] }).__demoSent ?? [],
  );
}

/** Outlook: types addresses into a recipient field and resolves them to pills (Enter), as a person does. */
export async function outlookAddRecipient(page: Page, field: 'TO' | 'CC', address: string): Promise<void> {
  const box = page.locator(`[role=group][id$="_${field}"] [contenteditable=true]`).first();
  await box.click();
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');
}

/** Outlook: types into the body (at its start, before any quoted original). */
export async function outlookType(page: Page, text: string): Promise<void> {
  await page.locator('[role=textbox][aria-label^="Message body"]').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
}

/** Gmail: types addresses into a recipient field and turns them into chips (Enter). */
export async function gmailAddRecipient(page: Page, field: 'to' | 'cc' | 'bcc', address: string): Promise<void> {
  const input = page.locator(`.M9 [name="${field}"] input[peoplekit-id]`).first();
  await input.click();
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');
}

/** Gmail: fills the subject and types the body. */
export async function gmailWrite(page: Page, subject: string, body: string): Promise<void> {
  await page.locator('.M9 input[name=subjectbox]').fill(subject);
  await page.locator('.M9 [g_editable=true]').click();
  await page.keyboard.type(body);
}

interface AuditRow {
  readonly action: string;
  readonly details: string;
  readonly actor: string;
}

/** The audit log as the review page gets it, asked from an extension page. */
export async function auditLog(demo: Demo): Promise<AuditRow[]> {
  const page = await demo.browser.context.newPage();
  await page.goto(`chrome-extension://${demo.browser.extensionId}/options.html`);
  type Chrome = {
    chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { entries: AuditRow[] } }> } };
  };
  const reply = await page.evaluate(() =>
    (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'auditLog', limit: 200 }),
  );
  await page.close();
  if (!reply.ok) throw new Error('audit log not readable');
  return reply.value.entries;
}
