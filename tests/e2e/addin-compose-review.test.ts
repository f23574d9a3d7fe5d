/**
 * The built panes in Chromium (real office.js, stubbed Outlook host — see tests/outlook-addin/addin-page.ts):
 * - compose: after a Smart Alerts warning the pane records a justification (store, audited), leaves it on the draft
 *   and sends (sendAsync, Mailbox 1.15) — and the built send guard then lets exactly that draft go; a block offers
 *   no way round; without Mailbox 1.15 the user is told to select Send again;
 * - review (managers): an expired label shows in the queue, opens in Outlook, takes a decision, exports.
 */
import type { Browser } from 'playwright-core';
import { JUSTIFICATION_KEY } from '../../outlook-addin/common/justification';
import { openAddinPage } from '../outlook-addin/addin-page';
import { customer, draftSpec, forwardedCardBody, manager, staff, unvetted } from '../outlook-addin/fixtures';
import type { StubItemSpec, StubSpec } from '../outlook-addin/office-stub/stub-spec';
import { loadHandlerRuntime } from '../outlook-addin/run-handler';
import { chromiumAvailable, launchChromium } from './helpers/chromium';

const have = chromiumAvailable();
if (!have) console.log('add-in compose/review e2e skipped: no Chromium at /usr/bin/chromium');

const warnDraft = {
  to: [unvetted],
  subject: 'Delivery for a customer',
  body: 'Please deliver to Maria Lopez, phone 07700 900123, 12 Harbour Road, Leeds LS1 4AB.',
  initializationContext: JSON.stringify({ mailguard: 'justify', recipients: [unvetted.emailAddress] }),
};

interface DraftState {
  sessionData: { session: Record<string, string> };
  sent: boolean[];
}

describe.skipIf(!have)('Outlook compose pane and review pane (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records a justification, sends, and the send guard then allows that draft', async () => {
    const spec = draftSpec(warnDraft);
    const { page, state, rows, axe } = await openAddinPage(browser, 'taskpane.html', spec);
    await page.getByRole('alert').filter({ hasText: 'paused' }).waitFor();
    expect(await axe()).toEqual([]);
    await page.getByLabel('Reason').fill('Courier needs the delivery address for the replacement router');
    await page.getByRole('button', { name: 'Record and send' }).click();
    await page.getByText('the message was sent').waitFor();
    const item = (await state()).item as unknown as DraftState;
    expect(item.sent).toEqual([true]);
    const stored = item.sessionData.session[JUSTIFICATION_KEY];
    expect(JSON.parse(stored ?? '{}').justification).toEqual({
      type: 'business',
      reason: 'Courier needs the delivery address for the replacement router',
    });
    const events = (await rows('mailguard', 'sharingEvents')) as {
      kind: string;
      justification?: unknown;
      client: string;
    }[];
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'override',
        client: 'outlook',
        justification: { type: 'business', reason: 'Courier needs the delivery address for the replacement router' },
      }),
    ]);
    expect(JSON.stringify(events)).not.toMatch(/07700|Harbour/);
    // The same draft through the built handler, with what the pane left in its session data: allowed.
    const rt = await loadHandlerRuntime(draftSpec({ ...warnDraft, sessionData: item.sessionData.session }));
    expect(await rt.fire('onMessageSendHandler')).toEqual([{ allowEvent: true }]);
    await page.context().close();
  });

  it('rejects a blank-ish justification and keeps the draft unsent', async () => {
    const { page, state } = await openAddinPage(browser, 'taskpane.html', draftSpec(warnDraft));
    await page.getByLabel('Reason').fill('ok');
    await page.getByRole('button', { name: 'Record and send' }).click();
    await page.getByText(/at least 8 characters/).waitFor();
    expect(((await state()).item as unknown as DraftState).sent).toEqual([]);
    await page.context().close();
  });

  it('asks to select Send again where sendAsync (Mailbox 1.15) is missing', async () => {
    const { page, state } = await openAddinPage(
      browser,
      'taskpane.html',
      draftSpec(warnDraft, { mailboxVersion: '1.14' }),
    );
    await page.getByRole('radio', { name: 'Court order' }).check();
    await page.getByLabel('Court order reference').fill('Claim K10LS123, order of 3 Nov 2026');
    await page.getByRole('button', { name: 'Record and send' }).click();
    await page.getByText('Select Send again').waitFor();
    const item = (await state()).item as unknown as DraftState;
    expect(item.sent).toEqual([]);
    expect(JSON.parse(item.sessionData.session[JUSTIFICATION_KEY] ?? '{}').justification.type).toBe('court_order');
    await page.context().close();
  });

  it('offers no way round a block', async () => {
    const { page } = await openAddinPage(
      browser,
      'taskpane.html',
      draftSpec({ composeType: 'forward', to: [unvetted], body: forwardedCardBody }),
    );
    await page.getByText('cannot be overridden').waitFor();
    expect(await page.getByRole('button', { name: 'Record and send' }).count()).toBe(0);
    await page.context().close();
  });

  it('review pane: an expired label is queued, opens in Outlook, takes a decision and exports', async () => {
    const roles = { 'roles.json': JSON.stringify({ managers: [manager.emailAddress] }) };
    const oldMail: StubItemSpec = {
      mode: 'read',
      itemId: 'AAMkAD-old-card',
      conversationId: 'conv-old',
      from: customer,
      to: [{ emailAddress: manager.emailAddress, displayName: manager.displayName }],
      subject: 'Card payment for order 5512',
      body: 'Please charge my card 5555 5555 5555 4444 for order 5512. Maria Lopez',
      dateTimeCreated: '2024-01-15T10:00:00Z',
    };
    const spec: StubSpec = { user: manager, item: oldMail, runtimeStorage: {} };
    const pane = await openAddinPage(browser, 'taskpane.html', spec, roles);
    await pane.page.getByRole('region', { name: 'Mailguard label' }).waitFor();
    const review = await openAddinPage(browser, 'review.html', { ...spec, item: null }, roles, pane.page.context());
    const { page } = review;
    // Stored under the Message-ID (shared with the scan and the import); opened by the item id this device remembered.
    const row = page.locator('tr[data-message-id="AAMkAD-old-card@mail.example"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Card payment for order 5512');
    expect(await row.getAttribute('data-status')).toBe('expired');
    expect(await review.axe()).toEqual([]);
    expect(await page.locator('#mailguard-scan-mount').count()).toBe(1);
    await page.getByRole('button', { name: 'Open “Card payment for order 5512”' }).click();
    expect((await review.state()).displayed).toEqual(['AAMkAD-old-card']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += String(chunk);
    expect(text).toContain('AAMkAD-old-card@mail.example');
    expect(text).not.toMatch(/5555 5555|maria\.lopez/i);
    await row.getByRole('checkbox').check();
    const form = page.getByRole('form', { name: 'Decision for the selected items' });
    await form.getByLabel('Reason').fill('Card number must not be kept; customer refunded');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await row.waitFor({ state: 'detached' });
    const decisions = (await review.rows('mailguard', 'decisions')) as { type: string; actor: string }[];
    expect(decisions).toEqual([expect.objectContaining({ type: 'dispose', actor: manager.emailAddress })]);
    await page.context().close();
  });

  it('review pane is for managers only', async () => {
    const { page } = await openAddinPage(browser, 'review.html', { user: staff, item: null, runtimeStorage: {} });
    await page.getByText('The retention review is for managers').waitFor();
    await page.context().close();
  });
});
