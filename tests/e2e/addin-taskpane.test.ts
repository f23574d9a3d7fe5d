/**
 * The built task pane in real Chromium with the real office.js (served from node_modules in place of Microsoft's CDN)
 * and a stubbed Outlook host (see tests/outlook-addin/addin-page.ts for exactly what is stubbed): the label is shown,
 * Outlook categories are created and applied, the label is written to the item's custom properties, the pinned pane
 * follows the selection, corrections and holds are stored, and policy problems are shown.
 */
import type { Browser } from 'playwright-core';
import { ITEM_LABEL_PROPERTY } from '../../outlook-addin/common/item-label';
import { LABEL_CACHE_KEY } from '../../outlook-addin/common/label-cache';
import { POLICY_CACHE_KEY } from '../../outlook-addin/common/policy-cache';
import { classifyEmail } from '../../shared/core/classify';
import { defaultPolicy } from '../../shared/core/policy';
import { openAddinPage } from '../outlook-addin/addin-page';
import { colleague, customer, manager, staff } from '../outlook-addin/fixtures';
import type { StubItemSpec, StubSpec } from '../outlook-addin/office-stub/stub-spec';
import { chromiumAvailable, launchChromium } from './helpers/chromium';

const have = chromiumAvailable();
if (!have) console.log('add-in task pane e2e skipped: no Chromium at /usr/bin/chromium');

const cardMail: StubItemSpec = {
  mode: 'read',
  itemId: 'AAMkAD-card-1',
  conversationId: 'conv-card-1',
  from: customer,
  to: [{ emailAddress: staff.emailAddress, displayName: staff.displayName }],
  subject: 'Payment for invoice 20931',
  body: 'Hello, please take the payment for invoice 20931 with my card 4111 1111 1111 1111, expiry 09/28. Maria Lopez',
  dateTimeCreated: '2026-11-20T09:30:00Z',
};
const rotaMail: StubItemSpec = {
  mode: 'read',
  itemId: 'AAMkAD-rota-2',
  conversationId: 'conv-rota-2',
  from: colleague,
  to: [{ emailAddress: staff.emailAddress, displayName: staff.displayName }],
  subject: 'Rota for next week',
  body: 'Hi Sam, can you cover the Friday afternoon shift next week? Thanks, Priya',
  dateTimeCreated: '2026-11-24T08:00:00Z',
};

function titleOf(item: StubItemSpec): string {
  const c = classifyEmail(
    {
      from: item.from?.emailAddress ?? '',
      to: (item.to ?? []).map((r) => r.emailAddress),
      subject: item.subject ?? '',
      body: item.body ?? '',
      receivedAt: item.dateTimeCreated ?? '',
    },
    { policy: defaultPolicy, now: new Date() },
  );
  return defaultPolicy.categories.find((x) => x.id === c.category)?.title ?? c.category;
}

const spec = (item: StubItemSpec, user: StubSpec['user'] = staff): StubSpec => ({
  user,
  item,
  mailboxVersion: '1.15',
  runtimeStorage: {},
  masterCategories: [{ displayName: 'Red category', color: 'Preset0' }],
});

describe.skipIf(!have)('Outlook task pane (Chromium, real office.js, stubbed host)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the label, applies Outlook categories and writes the custom property', async () => {
    const { page, state, foreignRequests, axe } = await openAddinPage(browser, 'taskpane.html', spec(cardMail));
    const card = page.getByRole('region', { name: 'Mailguard label' });
    await card.waitFor();
    expect(await card.getAttribute('data-category')).toBe('card_data');
    expect(await card.locator('h2').textContent()).toContain(titleOf(cardMail));
    expect(await card.textContent()).toMatch(/card number × 1/);
    await page.waitForFunction(() => {
      const s = (
        globalThis as unknown as { __officeStubState: { item: { savedCustomProperties: Record<string, unknown> } } }
      ).__officeStubState;
      return Object.keys(s.item.savedCustomProperties).length > 0;
    });
    const s = await state();
    const item = s.item as { appliedCategories: string[]; savedCustomProperties: Record<string, string> };
    const title = titleOf(cardMail);
    expect(item.appliedCategories).toEqual(expect.arrayContaining([`Mailguard: ${title}`, 'Mailguard: Act now']));
    expect(s.masterCategories).toEqual(
      expect.arrayContaining([
        { displayName: `Mailguard: ${title}`, color: 'Preset0' },
        { displayName: 'Red category', color: 'Preset0' },
      ]),
    );
    const saved = JSON.parse(item.savedCustomProperties[ITEM_LABEL_PROPERTY] ?? '{}') as {
      category: string;
      participants: string[];
    };
    expect(saved.category).toBe('card_data');
    expect(saved.participants).toHaveLength(2);
    expect(JSON.stringify(item.savedCustomProperties)).not.toMatch(/4111|maria\.lopez/i);
    // The send guard's caches: the policy deployed beside the page, and this conversation's label.
    expect(JSON.parse(s.runtimeStorage?.[POLICY_CACHE_KEY] ?? '{}').version).toBe(defaultPolicy.version);
    expect(Object.keys(JSON.parse(s.runtimeStorage?.[LABEL_CACHE_KEY] ?? '{}'))).toEqual(['conv-card-1']);
    expect(foreignRequests.filter((u) => !u.includes('telemetry'))).toEqual([]);
    expect(await axe()).toEqual([]);
    await page.context().close();
  });

  it('follows the selection when pinned (ItemChanged) and relabels on "This is wrong"', async () => {
    const { page, state, select } = await openAddinPage(browser, 'taskpane.html', spec(cardMail));
    const card = page.getByRole('region', { name: 'Mailguard label' });
    await card.waitFor();
    await select(rotaMail);
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Mailguard label"]')?.getAttribute('data-category') !== 'card_data',
    );
    expect(await card.locator('h2').textContent()).toContain(titleOf(rotaMail));
    await page.getByRole('button', { name: 'This is wrong' }).click();
    await page.getByRole('combobox').selectOption('support_request');
    await page.getByLabel('Reason').fill('Priya is asking on behalf of a customer');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-label="Mailguard label"]')?.getAttribute('data-category') === 'support_request',
    );
    expect(await card.textContent()).toContain(staff.emailAddress); // corrected by
    const support = defaultPolicy.categories.find((c) => c.id === 'support_request')?.title;
    await expect
      .poll(async () => ((await state()).item as { appliedCategories: string[] }).appliedCategories)
      .toContain(`Mailguard: ${support}`);
    const applied = ((await state()).item as { appliedCategories: string[] }).appliedCategories;
    expect(applied).not.toContain(`Mailguard: ${titleOf(rotaMail)}`); // the stale category came off
    // Remembered: the next mail from the same sender is labelled as corrected.
    await select({ ...rotaMail, itemId: 'AAMkAD-rota-3', conversationId: 'conv-rota-3', subject: 'Rota again' });
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-label="Mailguard label"]')?.getAttribute('data-category') === 'support_request',
    );
    expect(await card.textContent()).toMatch(/remembered correction/);
    await page.context().close();
  });

  it('lets a manager place a legal hold (listed in roles.json), shown as a category', async () => {
    const roles = JSON.stringify({ managers: [manager.emailAddress] });
    const { page, state } = await openAddinPage(browser, 'taskpane.html', spec(cardMail, manager), {
      'roles.json': roles,
    });
    await page.getByRole('button', { name: 'Legal hold' }).click();
    await page.getByLabel('Reason').fill('Customer dispute, solicitor letter 2026-118');
    await page.getByRole('button', { name: 'Place hold' }).click();
    await expect
      .poll(async () => ((await state()).item as { appliedCategories: string[] }).appliedCategories)
      .toContain('Mailguard: Legal hold');
    await page.context().close();
  });

  it('hides the legal hold from staff', async () => {
    const { page } = await openAddinPage(browser, 'taskpane.html', spec(cardMail), {
      'roles.json': JSON.stringify({ managers: [manager.emailAddress] }),
    });
    await page.getByRole('button', { name: 'This is wrong' }).waitFor();
    expect(await page.getByRole('button', { name: 'Legal hold' }).count()).toBe(0);
    await page.context().close();
  });

  it('shows policy errors with their path and falls back to the default policy', async () => {
    const broken = JSON.stringify({ ...defaultPolicy, dueSoonDays: -3 });
    const { page } = await openAddinPage(browser, 'taskpane.html', spec(cardMail), { 'policy.json': broken });
    const problems = page.getByRole('alert', { name: 'Policy problems' });
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/dueSoonDays/);
    expect(await page.locator('.mg-policy').textContent()).toMatch(/built-in default/);
    await page.getByRole('region', { name: 'Mailguard label' }).waitFor();
    await page.context().close();
  });
});
