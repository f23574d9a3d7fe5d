/**
 * e2e, Chromium + the built extension: the send guard in pop-out compose windows, and only where it belongs.
 * - Outlook on the web pops a compose out into a blank, same-origin window (about:blank) its page writes into; the
 *   extension's script reaches it (match_about_blank) and blocks card data to an unvetted recipient there; once the
 *   person fixes the draft, the allowed mail really goes (the page's own send).
 * - Gmail's pop-out is its own https window (?view=cm, body.xE.xp): same block, same allowed send.
 * - Frames: a same-origin blank frame gets the guard but no labels; a frame of another origin gets no script at all.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNVETTED_HOST } from '../../scripts/demo/unvetted-page';
import { type Demo, startDemo } from './extension-harness';
import { gmailAddRecipient, gmailWrite, sentDrafts } from './send-guard-harness';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo('staff');
});
afterAll(async () => {
  await demo?.close();
});

const dialog = (page: Page | Frame) => page.locator('mailguard-dialog').getByRole('dialog');
const CARD = '4111 1111 1111 1111';

async function outlookPopOut(page: Page): Promise<Page> {
  await page.goto('https://outlook.office.com/mail/inbox');
  await page.getByRole('button', { name: 'New mail' }).click();
  const [popup] = await Promise.all([
    demo.browser.context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open in new window' }).click(),
  ]);
  await popup.locator('[data-app-section="Form_Content"] [role=group][id$="_TO"]').waitFor();
  return popup;
}

describe('Outlook pop-out compose window (about:blank, written by the page)', () => {
  it('blocks card data to an unvetted recipient in the pop-out; the fixed draft then really goes', async () => {
    const page = await demo.browser.context.newPage();
    const popup = await outlookPopOut(page);
    expect(popup.url()).toBe('about:blank');
    expect(await page.locator('[id^="docking_InitVisiblePart_"]').count()).toBe(0);
    const to = popup.locator('[role=group][id$="_TO"] [contenteditable=true]');
    await to.click();
    await popup.keyboard.type('help@quickfix-partners.example');
    await popup.keyboard.press('Enter');
    await popup.getByRole('textbox', { name: 'Subject' }).fill('Renewal');
    await popup.locator('[role=textbox][aria-label^="Message body"]').click();
    await popup.keyboard.type(`Please charge ${CARD} for the renewal.`);
    // The early banner appears in the pop-out itself: the guard runs there.
    const banner = popup.locator('mailguard-banner [role=status]');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('Send will be stopped');

    await popup.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog(popup).waitFor({ timeout: 10_000 });
    const text = (await dialog(popup).textContent()) ?? '';
    expect(text).toContain('Mailguard stopped this mail');
    expect(text).toContain('card number •••• 1111');
    expect(text).not.toContain(CARD);
    expect(await dialog(popup).getByRole('button', { name: 'Send anyway' }).count()).toBe(0);
    await popup.keyboard.press('Escape');
    await dialog(popup).waitFor({ state: 'detached' });
    // Ctrl+Enter in the pop-out is held too.
    await popup.locator('[role=textbox][aria-label^="Message body"]').click();
    await popup.keyboard.press('Control+Enter');
    await dialog(popup).waitFor({ timeout: 10_000 });
    await popup.keyboard.press('Escape');
    expect(await sentDrafts(page)).toEqual([]);

    // The person fixes the draft: the card number out, the unvetted recipient replaced by a colleague.
    await popup.locator('[id$="_TO"] ._EType_RECIPIENT_ENTITY button[aria-label^="Remove"]').click();
    await to.click();
    await popup.keyboard.type('jo.whitfield@northwind-it.co.uk');
    await popup.keyboard.press('Enter');
    await popup.locator('[role=textbox][aria-label^="Message body"]').click();
    await popup.keyboard.press('Control+A');
    await popup.keyboard.type('The renewal is paid by phone; nothing else needed.');
    await popup.getByRole('button', { name: 'Send', exact: true }).click();
    // The page sent it (its record lives in the main window, which owns the network), then closed the pop-out.
    await expect
      .poll(() => sentDrafts(page), { timeout: 10_000 })
      .toMatchObject([{ to: ['jo.whitfield@northwind-it.co.uk'], subject: 'Renewal' }]);
    expect(JSON.stringify(await sentDrafts(page))).not.toContain('4111');
    expect(
      await dialog(popup)
        .count()
        .catch(() => 0),
    ).toBe(0);
    await popup.waitForEvent('close', { timeout: 10_000 });
    await page.close();
  });
});

describe('Gmail pop-out compose window (?view=cm)', () => {
  it('blocks card data to an unvetted recipient in the pop-out; the fixed draft then really goes', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
    await gmailAddRecipient(page, 'to', 'help@quickfix-partners.example');
    await gmailWrite(page, 'Renewal', `Please charge ${CARD} for the renewal.`);
    const [popup] = await Promise.all([
      demo.browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Full screen (Shift for pop-out)' }).click({ modifiers: ['Shift'] }),
    ]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).searchParams.get('view')).toBe('cm');
    expect(await popup.evaluate(() => document.body.className)).toBe('xE xp');
    expect(await popup.locator('.M9').count()).toBe(0);
    const body = popup.locator('[g_editable=true]');
    await body.click();
    await popup.keyboard.press('End');
    await popup.keyboard.type(' Thanks.');
    const banner = popup.locator('mailguard-banner [role=status]');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('Send will be stopped');

    await popup.locator('.btC [role=button].aoO').click();
    await dialog(popup).waitFor({ timeout: 10_000 });
    const text = (await dialog(popup).textContent()) ?? '';
    expect(text).toContain('Mailguard stopped this mail');
    expect(text).toContain('card number •••• 1111');
    expect(await dialog(popup).getByRole('button', { name: 'Send anyway' }).count()).toBe(0);
    await dialog(popup).getByRole('button', { name: 'Go back and edit' }).click();
    expect(await sentDrafts(popup)).toEqual([]);

    await popup.locator('[name="to"] [role=option] [aria-label^="Remove"]').click();
    const input = popup.locator('[name="to"] input[peoplekit-id]').first();
    await input.click();
    await popup.keyboard.type('jo.whitfield@northwind-it.co.uk');
    await popup.keyboard.press('Enter');
    await body.click();
    await popup.keyboard.press('Control+A');
    await popup.keyboard.type('The renewal is paid by phone.');
    await popup.locator('.btC [role=button].aoO').click();
    await popup.getByText('Message sent').waitFor({ timeout: 10_000 });
    expect(await sentDrafts(popup)).toMatchObject([{ to: ['jo.whitfield@northwind-it.co.uk'], subject: 'Renewal' }]);
    await page.close();
  });
});

/** A compose form (Outlook's pop-out shape) with a Send whose own handler records that it ran. */
function writeCompose(doc: Document): void {
  const form = doc.createElement('div');
  form.setAttribute('data-app-section', 'Form_Content');
  const group = doc.createElement('div');
  group.setAttribute('role', 'group');
  group.id = 'MSG_1a2b_TO';
  const pill = doc.createElement('span');
  pill.className = '_EType_RECIPIENT_ENTITY';
  pill.setAttribute('aria-label', 'help@quickfix-partners.example');
  pill.textContent = 'help@quickfix-partners.example';
  group.append(pill);
  const body = doc.createElement('div');
  body.setAttribute('role', 'textbox');
  body.setAttribute('contenteditable', 'true');
  body.setAttribute('aria-multiline', 'true');
  body.setAttribute('aria-label', 'Message body');
  body.textContent = 'Card 4111 1111 1111 1111, please.';
  const send = doc.createElement('button');
  send.setAttribute('aria-label', 'Send');
  send.textContent = 'Send';
  send.addEventListener('click', () => {
    (doc.defaultView as unknown as { __pageSent: boolean }).__pageSent = true;
  });
  form.append(group, body, send);
  doc.body.append(form);
}

describe('frames of the Outlook page', () => {
  it('a same-origin blank frame gets the guard but no chips; a frame of another origin gets no script', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    await page.locator('[role=option][data-convid] mailguard-chip').first().waitFor({ timeout: 15_000 });
    await page.evaluate(
      ({ other }) => {
        const blank = document.createElement('iframe');
        blank.id = 'blank-frame';
        document.body.append(blank);
        const foreign = document.createElement('iframe');
        foreign.id = 'foreign-frame';
        foreign.src = `https://${other}/`;
        document.body.append(foreign);
        // A copy of a message-list row inside the blank frame: nobody should label it.
        const doc = blank.contentDocument as Document;
        const list = doc.createElement('div');
        list.setAttribute('data-app-section', 'MessageList');
        const box = doc.createElement('div');
        box.setAttribute('role', 'listbox');
        box.append(document.querySelector('[role=option][data-convid]')?.cloneNode(true) as Node);
        for (const chip of box.querySelectorAll('mailguard-chip')) chip.remove();
        list.append(box);
        doc.body.append(list);
      },
      { other: UNVETTED_HOST },
    );
    const blank = page.frameLocator('#blank-frame');
    const blankFrame = (await (await page.locator('#blank-frame').elementHandle())?.contentFrame()) as Frame;
    expect(blankFrame).toBeTruthy();
    await blankFrame.evaluate(`(${writeCompose})(document)`);
    await blank.getByRole('button', { name: 'Send' }).click();
    await blank.locator('mailguard-dialog').getByRole('dialog').waitFor({ timeout: 10_000 });
    expect(await blankFrame.evaluate(() => (window as unknown as { __pageSent?: boolean }).__pageSent)).toBeUndefined();

    const foreign = (await (await page.locator('#foreign-frame').elementHandle())?.contentFrame()) as Frame;
    await foreign.waitForLoadState();
    await foreign.evaluate(`(${writeCompose})(document)`);
    await page.frameLocator('#foreign-frame').getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => foreign.evaluate(() => (window as unknown as { __pageSent?: boolean }).__pageSent))
      .toBe(true);
    expect(await foreign.locator('mailguard-dialog').count()).toBe(0);

    // The main list is labelled; the copied row in the blank frame never is (only the guard runs in frames).
    await page.waitForTimeout(1000);
    expect(await blank.locator('[role=option][data-convid]').count()).toBe(1);
    expect(await blank.locator('mailguard-chip').count()).toBe(0);
    await page.close();
  });
});
