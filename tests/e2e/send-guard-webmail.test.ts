/**
 * e2e, Chromium + the built extension on the demo mailbox served as outlook.office.com / mail.google.com: the send
 * guard holds every send path, blocks card data and look-alike domains, lets replies to the customer and mail to the
 * vetted processor go (the page's own send really happens), warns on personal data to an unvetted domain and records
 * the override with its justification in the audit log, and catches the keyboard shortcut.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from './extension-harness';
import {
  auditLog,
  gmailAddRecipient,
  gmailWrite,
  outlookAddRecipient,
  outlookType,
  sentDrafts,
} from './send-guard-harness';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo('staff');
});
afterAll(async () => {
  await demo?.close();
});

const mail = (id: string) => {
  const m = demo.server.emails.find((x) => x.id === id);
  if (!m) throw new Error(`no demo mail ${id}`);
  return m;
};

async function outlookOpen(id: string): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(`https://outlook.office.com/mail/id/${encodeURIComponent(mail(id).itemId)}`);
  await page.locator('[role=document][aria-label="Message body"]').waitFor();
  return page;
}

async function gmailNew(): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  await page.locator('.M9 input[name=subjectbox]').waitFor();
  return page;
}

const dialog = (page: Page) => page.locator('mailguard-dialog').getByRole('dialog');

describe('Outlook on the web', () => {
  it('blocks a forward of a card-data mail to an unvetted address, with no send-anyway', async () => {
    const page = await outlookOpen('m04');
    await page.getByRole('button', { name: 'Forward' }).click();
    await outlookAddRecipient(page, 'TO', 'help@quickfix-partners.example');
    await page.locator('.fui-SplitButton__primaryActionButton .fui-Button__icon').click();
    await dialog(page).waitFor({ timeout: 10_000 });
    const text = (await dialog(page).textContent()) ?? '';
    expect(text).toContain('Mailguard stopped this mail');
    expect(text).toContain('card number •••• 1111');
    expect(text).not.toContain('4111 1111 1111 1111');
    expect(text).toContain('help@quickfix-partners.example');
    expect(await dialog(page).getByRole('button', { name: 'Send anyway' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await sentDrafts(page)).toEqual([]);
    await page.close();
  });

  it('lets a reply to the customer go: the page really sends it', async () => {
    const page = await outlookOpen('m04');
    await page.getByRole('button', { name: 'Reply' }).click();
    await outlookType(page, 'Thank you, the renewal is paid. ');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Message sent.').waitFor({ timeout: 10_000 });
    const sent = await sentDrafts(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual([mail('m04').from.address]);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  it('catches Ctrl+Enter: personal data to an unvetted domain warns before anything is sent (axe: no serious issues)', async () => {
    const page = await outlookOpen('m02');
    await page.getByRole('button', { name: 'Forward' }).click();
    await outlookAddRecipient(page, 'TO', 'print-help@office-printers.example');
    await outlookType(page, 'Can you call Tom? ');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor({ timeout: 10_000 });
    expect((await dialog(page).textContent()) ?? '').toContain('phone number');
    expect(await sentDrafts(page)).toEqual([]);
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      type Axe = {
        run(ctx: unknown): Promise<{ violations: { id: string; impact: string }[]; passes: { id: string }[] }>;
      };
      const result = await (window as unknown as { axe: Axe }).axe.run({ include: [['mailguard-dialog']] });
      return { found: result.violations.map((v) => `${v.impact}: ${v.id}`), passed: result.passes.map((p) => p.id) };
    });
    expect(violations.passed).toEqual(expect.arrayContaining(['aria-dialog-name', 'button-name', 'label']));
    expect(violations.found.filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Go back and edit' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await sentDrafts(page)).toEqual([]);
    await page.close();
  });
});

describe('Outlook: guard failure', () => {
  it('holds a mail whose recipient the page shows without an address; continuing is justified and audited', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    await page.getByRole('button', { name: 'New mail' }).click();
    await outlookAddRecipient(page, 'TO', 'pat.jones@example.org');
    await outlookType(page, 'See you on Monday.');
    // As if the site changed: the pill keeps only a display name (no aria-label, no address in its text).
    await page.locator('._EType_RECIPIENT_ENTITY').evaluate((p) => {
      p.removeAttribute('aria-label');
      (p.firstElementChild as HTMLElement).textContent = 'Pat Jones';
    });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog(page).waitFor({ timeout: 10_000 });
    expect((await dialog(page).textContent()) ?? '').toContain('could not read the address of Pat Jones');
    expect(await sentDrafts(page)).toEqual([]);
    await dialog(page).getByLabel('Reason').fill('Replying to a colleague at the partner firm');
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await page.getByText('Message sent.').waitFor({ timeout: 10_000 });
    const log = await auditLog(demo);
    const kinds = log.filter((e) => e.action === 'sharing event').map((e) => e.details);
    expect(kinds.some((d) => d.includes('guard_error'))).toBe(true);
    expect(kinds.some((d) => d.includes('override') && d.includes('Replying to a colleague at the partner firm'))).toBe(
      true,
    );
    await page.close();
  });
});

describe('Outlook: banner and removing recipients', () => {
  it('warns early while composing, and "Remove the unvetted recipients" removes their pills; the mail then goes', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    await page.getByRole('button', { name: 'New mail' }).click();
    await outlookAddRecipient(page, 'TO', 'ann.lee@northwind-it.co.uk');
    await outlookAddRecipient(page, 'TO', 'events@venue-hire.example');
    await outlookType(page, 'Call Tom on 07700 900123 about the booking.');
    const banner = page.locator('mailguard-banner [role=status]');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('Send will ask you for a reason');
    expect(await sentDrafts(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog(page).waitFor({ timeout: 10_000 });
    await dialog(page).getByRole('button', { name: 'Remove the unvetted recipients' }).click();
    await expect.poll(() => banner.textContent()).toContain('removed events@venue-hire.example');
    const pills = await page
      .locator('[id$="_TO"] ._EType_RECIPIENT_ENTITY')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')));
    expect(pills).toEqual(['ann.lee@northwind-it.co.uk']);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Message sent.').waitFor({ timeout: 10_000 });
    expect((await sentDrafts(page)).map((d) => d.to)).toEqual([['ann.lee@northwind-it.co.uk']]);
    await page.close();
  });
});

describe('Gmail', () => {
  it('holds "Schedule send" from the menu outside the compose; an allowed draft is then scheduled', async () => {
    const page = await gmailNew();
    await gmailAddRecipient(page, 'to', 'ops@venue-hire.example');
    await gmailWrite(page, 'Booking', 'Site contact 07700 900456.');
    await page.getByRole('button', { name: 'More send options' }).click();
    await page.getByRole('menuitem', { name: 'Schedule send' }).click();
    await dialog(page).waitFor({ timeout: 10_000 });
    await dialog(page).getByRole('button', { name: 'Go back and edit' }).click();
    expect(await sentDrafts(page)).toEqual([]);
    await page.locator('.M9 [name="to"] [role=option] [aria-label^="Remove"]').click();
    await gmailAddRecipient(page, 'to', 'ann.lee@northwind-it.co.uk');
    await page.getByRole('menuitem', { name: 'Schedule send' }).click();
    await page.getByText('Message scheduled').waitFor({ timeout: 10_000 });
    expect(await sentDrafts(page)).toMatchObject([{ to: ['ann.lee@northwind-it.co.uk'], scheduled: true }]);
    await page.close();
  });

  it('blocks mail to the look-alike payvect0r.co.uk and to payvector.co.uk.example-mail.net', async () => {
    for (const address of ['refunds@payvect0r.co.uk', 'refunds@payvector.co.uk.example-mail.net']) {
      const page = await gmailNew();
      await gmailAddRecipient(page, 'to', address);
      await gmailWrite(page, 'Refund batch', 'Please process the refund batch for November.');
      await page.locator('.M9 .btC [role=button].aoO').click();
      await dialog(page).waitFor({ timeout: 10_000 });
      const text = (await dialog(page).textContent()) ?? '';
      expect(text, address).toContain('Mailguard stopped this mail');
      expect(text, address).toContain('look-alike');
      expect(await dialog(page).getByRole('button', { name: 'Send anyway' }).count()).toBe(0);
      await dialog(page).getByRole('button', { name: 'Go back and edit' }).click();
      expect(await sentDrafts(page)).toEqual([]);
      await page.close();
    }
  });

  it('lets card data go to the vetted processor', async () => {
    const page = await gmailNew();
    await gmailAddRecipient(page, 'to', 'disputes@payvector.co.uk');
    await gmailWrite(page, 'Chargeback INV-20388', 'Card 5555 5555 5555 4444 disputes the charge of 12 Nov.');
    await page.locator('.M9 .btC [role=button].aoO').click();
    await page.getByText('Message sent').waitFor({ timeout: 10_000 });
    expect((await sentDrafts(page)).map((d) => d.to)).toEqual([['disputes@payvector.co.uk']]);
    await page.close();
  });

  it('warns on a phone number to an unvetted domain; the override and its justification reach the audit log', async () => {
    const page = await gmailNew();
    await gmailAddRecipient(page, 'to', 'bookings@venue-hire.example');
    await gmailWrite(page, 'Event contact', 'Our contact on the day is 07700 900456.');
    // Enter on the focused Send button is a send path too.
    await page.locator('.M9 .btC [role=button].aoO').focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 10_000 });
    expect((await dialog(page).textContent()) ?? '').toContain('phone number');
    const send = dialog(page).getByRole('button', { name: 'Send anyway' });
    await send.click();
    await dialog(page).getByRole('alert').waitFor();
    expect(await sentDrafts(page)).toEqual([]);
    await dialog(page).getByLabel('Reason').fill('Venue needs our on-site contact number');
    await send.click();
    await page.getByText('Message sent').waitFor({ timeout: 10_000 });
    expect(await sentDrafts(page)).toHaveLength(1);
    const log = await auditLog(demo);
    const override = log.find((e) => e.action === 'sharing event' && e.details.includes('override'));
    expect(override?.details).toContain('Venue needs our on-site contact number');
    expect(override?.details).toContain('venue-hire.example');
    expect(override?.details).toContain('phone');
    expect(log.some((e) => e.details.includes('07700'))).toBe(false);
    expect(log.some((e) => e.details.includes('bookings@'))).toBe(false);
    await page.close();
  });
});
