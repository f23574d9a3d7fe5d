/**
 * e2e, the manager's side: messages opened in the demo Outlook are stored; on the review page a manager disposes,
 * extends and holds (keyboard included), each decision appears in the audit log (verified intact) and in the CSV and
 * JSON exports; the badge counts what needs review; axe-core finds no serious violations; the options page shows
 * parsePolicy's errors beside the field.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageEmail } from '../../scripts/demo/pages/dom';
import { type Demo, startDemo } from './extension-harness';

let demo: Demo;
let review: Page;
const mail = (id: string): PageEmail => {
  const m = demo.server.emails.find((x) => x.id === id);
  if (!m) throw new Error(`demo mail ${id} missing`);
  return m;
};

beforeAll(async () => {
  demo = await startDemo('manager');
  const outlook = await demo.browser.context.newPage();
  for (const id of ['m04', 'm21', 'm06', 'm12', 'm16']) {
    await outlook.goto(`https://outlook.office.com/mail/id/${encodeURIComponent(mail(id).itemId)}`);
    await outlook.locator('mailguard-label[data-category]').waitFor({ timeout: 10_000 });
  }
  await outlook.close();
  review = await demo.browser.context.newPage();
  await review.goto(`chrome-extension://${demo.browser.extensionId}/review.html`);
  await review.locator('[data-testid=review-row]').first().waitFor({ timeout: 10_000 });
});
afterAll(async () => {
  await demo?.close();
});

async function decide(
  messageIds: string[],
  decision: string,
  words: string,
  reason: string,
  until?: string,
): Promise<void> {
  for (const id of messageIds)
    await review.locator(`[data-testid=review-row][data-message-id="${id}"] input[type=checkbox]`).check();
  await review.locator('select[name=decision]').selectOption(decision);
  if (until) await review.locator('input[name=until]').fill(until);
  await review.locator('input[name=reason]').fill(reason);
  const status = review.locator('form.mg-decide [role=status]');
  await review.getByRole('button', { name: 'Record decision' }).click();
  await expect.poll(() => status.textContent()).not.toBe('Recording…');
  expect(await status.textContent()).toBe(
    `${words}: recorded for ${messageIds.length} item${messageIds.length === 1 ? '' : 's'}.`,
  );
}

describe('review page', () => {
  it('lists the stored messages with their status', async () => {
    const ids = await review
      .locator('[data-testid=review-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-message-id')));
    expect(ids).toEqual(expect.arrayContaining(['m04', 'm21', 'm06', 'm12', 'm16'].map((id) => mail(id).itemId)));
    expect(await review.locator(`[data-message-id="${mail('m21').itemId}"]`).getAttribute('data-status')).toBe(
      'expired',
    );
  });

  it('records dispose, extend and legal hold; each is in the audit log, which verifies intact', async () => {
    await decide([mail('m04').itemId], 'dispose', 'Dispose', 'card number taken by PayVector; mail no longer needed');
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
    await decide([mail('m21').itemId], 'extend', 'Extend retention', 'debt recovery still open', nextYear);
    await decide([mail('m06').itemId], 'legal_hold', 'Legal hold', 'customer threatens small claims court');
    const audit = await review.locator('[data-testid=audit-row]').allTextContents();
    for (const kind of ['decision: dispose', 'decision: extend', 'decision: legal hold']) {
      expect(
        audit.some((row) => row.includes(kind)),
        kind,
      ).toBe(true);
    }
    await review.getByRole('button', { name: 'Verify the audit log' }).click();
    await expect
      .poll(() => review.locator('[data-testid=audit-verification]').textContent())
      .toMatch(/^Intact: \d+ entries/);
    expect(await review.locator(`[data-message-id="${mail('m06').itemId}"]`).getAttribute('data-status')).toBe(
      'legal_hold',
    );
  });

  it('is keyboard usable: select with Space, give a reason and submit with Enter', async () => {
    const box = review.locator(
      `[data-testid=review-row][data-message-id="${mail('m12').itemId}"] input[type=checkbox]`,
    );
    await box.focus();
    await review.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await review.getByText('1 selected').waitFor();
    await review.locator('select[name=decision]').selectOption('keep');
    await review.locator('input[name=reason]').focus();
    await review.keyboard.type('court order handled; keep for the file');
    await review.keyboard.press('Enter');
    await review.getByText('Keep (reviewed): recorded for 1 item.').waitFor({ timeout: 5_000 });
    const audit = await review.locator('[data-testid=audit-row]').allTextContents();
    expect(audit.some((row) => row.includes('decision: keep') && row.includes('court order handled'))).toBe(true);
  });

  it('exports the decisions as JSON and CSV', async () => {
    const grab = async (name: string) => {
      const [download] = await Promise.all([
        review.waitForEvent('download'),
        review.getByRole('button', { name }).click(),
      ]);
      const path = await download.path();
      return readFileSync(path, 'utf8');
    };
    const json = await grab('Export JSON');
    expect(() => JSON.parse(json)).not.toThrow();
    for (const id of ['m04', 'm21', 'm06']) expect(json).toContain(mail(id).itemId);
    for (const type of ['dispose', 'extend', 'legal_hold']) expect(json).toContain(`"${type}"`);
    const csv = await grab('Export CSV');
    expect(csv.split('\n').length).toBeGreaterThan(3);
    expect(csv).toContain('dispose');
  });

  it('answers a data-subject request: every stored message to or from one address', async () => {
    await review.getByLabel('E-mail address of the person').fill(mail('m06').from.address.toUpperCase());
    await review.getByRole('button', { name: 'Search' }).click();
    const results = review.locator('[data-testid=subject-results]');
    await results.waitFor();
    expect(await results.locator('caption').textContent()).toMatch(/^1 stored message to or from/);
    expect(await results.locator('tbody').textContent()).toContain(mail('m06').subject);
  });

  it('shows the count needing review on the toolbar badge', async () => {
    const counts = await review.locator('.mg-counts').textContent();
    const expired = Number(/Expired: (\d+)/.exec(counts ?? '')?.[1]);
    const due = Number(/Due soon: (\d+)/.exec(counts ?? '')?.[1]);
    type Action = { action: { getBadgeText(d: object): Promise<string> } };
    await expect
      .poll(() =>
        demo.browser.serviceWorker.evaluate(() =>
          (globalThis as unknown as { chrome: Action }).chrome.action.getBadgeText({}),
        ),
      )
      .toBe(expired + due > 0 ? String(expired + due) : '');
  });

  it('has no serious or critical axe-core violations', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await review.evaluate(axe);
    const violations = await review.evaluate(async () => {
      type Axe = { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

describe('reading pane, manager', () => {
  it('places a legal hold from the label card; the card, the row and the audit log show it', async () => {
    const m = mail('m07'); // a recent mail: its row is among the ~20 the windowed list mounts
    const page = await demo.browser.context.newPage();
    await page.goto(`https://outlook.office.com/mail/id/${encodeURIComponent(m.itemId)}`);
    const card = page.locator('mailguard-label[data-category]');
    await card.waitFor({ timeout: 10_000 });
    await card.getByRole('button', { name: 'Legal hold' }).click();
    await card.getByRole('textbox', { name: 'Reason' }).fill('claim threatened in writing');
    await card.getByRole('button', { name: 'Place hold' }).click();
    await card.getByText('Legal hold recorded.').waitFor({ timeout: 5_000 });
    expect(await card.locator('section').textContent()).toContain('Legal hold');
    const chip = page.locator(`[role=option][data-convid="${m.convId}"] mailguard-chip`);
    await expect
      .poll(() => chip.evaluate((h) => h.shadowRoot?.querySelector('.mg-chip')?.getAttribute('data-status')))
      .toBe('legal_hold');
    await page.close();
    await review.reload();
    await review.locator('[data-testid=audit-row]').first().waitFor();
    const audit = await review.locator('[data-testid=audit-row]').allTextContents();
    expect(
      audit.some((row) => row.includes('decision: legal hold') && row.includes('claim threatened in writing')),
    ).toBe(true);
  });
});

describe('popup', () => {
  it('shows the counts needing review and, for a manager, the link to the review page', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto(`chrome-extension://${demo.browser.extensionId}/popup.html`);
    await page.getByText('Needing review').waitFor({ timeout: 5_000 });
    expect(await page.locator('main').textContent()).toMatch(/Expired: \d+ · Due soon: \d+ · Legal hold: \d+/);
    expect(await page.getByRole('link', { name: 'Open the review page' }).getAttribute('href')).toMatch(
      /\/review\.html$/,
    );
    await page.close();
  });
});

describe('options page', () => {
  it('shows parsePolicy errors beside the field and keeps the old policy', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto(`chrome-extension://${demo.browser.extensionId}/options.html`);
    const vetted = page.getByLabel(/vetted until/).first();
    await vetted.fill('2027-02-30');
    await page.getByLabel(/Call recording retention period/).fill('three months');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText(/The policy was not saved/).waitFor();
    expect(await page.locator('[data-error-path="processors.0.vettedUntil"]').textContent()).toMatch(
      /real calendar day|date/,
    );
    expect(
      await page.locator('[data-error-path^="categories."][data-error-path$=".retention.period"]').textContent(),
    ).toMatch(/ISO 8601/);
    await page.reload();
    expect(
      await page
        .getByLabel(/vetted until/)
        .first()
        .inputValue(),
    ).not.toBe('2027-02-30');
    await page.close();
  });
});
