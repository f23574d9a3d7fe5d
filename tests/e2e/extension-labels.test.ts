/**
 * e2e, Chromium + the built extension on the demo mailbox (served as outlook.office.com / mail.google.com):
 * chips on every row with the core's category; a chip's icon shows but screen readers get only its summary and texts;
 * the reading-pane label equals classifyEmail; a relabel survives a reload; mail whose subject and body carry
 * <img onerror> and <script> runs nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusIcon } from '../../shared/ui/format-label';
import type { LabelStatusView } from '../../shared/ui/label-view';
import { type Demo, messageClassification, rowClassification, startDemo } from './extension-harness';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo('staff');
});
afterAll(async () => {
  await demo?.close();
});

async function chipsByKey(page: Page, rowSelector: string, keyAttr: string): Promise<Map<string, string>> {
  return new Map(
    await page.$$eval(
      rowSelector,
      (rows, attr) =>
        rows.map((r) => {
          const key = r.getAttribute(attr) ?? r.querySelector(`[${attr}]`)?.getAttribute(attr) ?? '';
          const chip = r.querySelector('mailguard-chip') ?? r.nextElementSibling?.querySelector('mailguard-chip');
          return [key, chip?.getAttribute('data-category') ?? ''] as [string, string];
        }),
      keyAttr,
    ),
  );
}

/** Waits until every mounted Outlook list row shows a chip. */
const everyOutlookRowChipped = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('[role=option][data-convid]')].every((r) =>
        r.querySelector('mailguard-chip[data-category]'),
      ),
    undefined,
    { timeout: 10_000 },
  );

describe('message list chips', () => {
  it('Outlook: every row of the windowed list gets a chip with the core category of its visible text', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    const seen = new Map<string, string>();
    for (let step = 0; step < 12 && seen.size < demo.server.emails.length; step++) {
      await everyOutlookRowChipped(page);
      for (const [k, v] of await chipsByKey(page, '[role=option][data-convid]', 'data-convid')) seen.set(k, v);
      await page.locator('#MailList').evaluate((el) => el.scrollBy(0, 640));
      await page.waitForTimeout(100);
    }
    expect(seen.size).toBe(demo.server.emails.length);
    for (const m of demo.server.emails)
      expect(seen.get(m.convId), m.subject).toBe(rowClassification(m, 'outlook').category);
    await page.close();
  });

  it('Gmail: every thread row gets a chip with the core category of its visible text', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr.zA mailguard-chip[data-category]').length === n,
      demo.server.emails.length,
      { timeout: 15_000 },
    );
    const chips = await chipsByKey(page, 'tr.zA', 'data-legacy-thread-id');
    for (const m of demo.server.emails)
      expect(chips.get(m.threadHex), m.subject).toBe(rowClassification(m, 'gmail').category);
    await page.close();
  });
});

describe('list chip, as people see and hear it', () => {
  it('shows its status icon beside the colour; the accessibility tree holds only its summary and texts', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    await everyOutlookRowChipped(page);
    const chips = await page.$$eval('[role=option][data-convid] mailguard-chip', (hosts) =>
      hosts.map((h) => {
        const chip = h.shadowRoot?.querySelector('.mg-chip') as HTMLElement;
        const shown = [...chip.children].map((c) => ({
          text: c.textContent ?? '',
          hidden: c.getAttribute('aria-hidden') === 'true',
          width: c.getBoundingClientRect().width,
        }));
        return {
          status: chip.dataset.status ?? '',
          label: chip.getAttribute('aria-label') ?? '',
          title: chip.title,
          shown,
          colour: getComputedStyle(chip).color,
        };
      }),
    );
    expect(chips.length).toBeGreaterThan(10);
    expect(new Set(chips.map((c) => c.status)).size).toBeGreaterThan(1);
    const colours = new Map<string, string>();
    for (const c of chips) {
      // Icon, category, `·`, short text: the icon and the separator are drawn (they take room) but hidden from
      // screen readers, which get the state in words from the summary.
      expect(
        c.shown.map((p) => p.text),
        c.label,
      ).toEqual([statusIcon(c.status as LabelStatusView), expect.any(String), '·', expect.any(String)]);
      expect(
        c.shown.map((p) => p.hidden),
        c.label,
      ).toEqual([true, false, true, false]);
      for (const p of c.shown) expect(p.width, `${c.label}: "${p.text}" takes room`).toBeGreaterThan(2);
      expect(c.title).toBe(c.label);
      expect(c.label).toMatch(/^Mailguard: /);
      // The colour goes with the state (and the icon with it): one colour a state, a different one for each state.
      expect(colours.get(c.status) ?? c.colour).toBe(c.colour);
      colours.set(c.status, c.colour);
    }
    expect(new Set(colours.values()).size).toBe(colours.size);

    // Chromium's own accessibility tree (what screen readers get): each chip is a note named by its summary, and the
    // only text inside it is its category and short text; no icon, no separator.
    const cdp = await demo.browser.context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    // Text a screen reader reads inside a node: its StaticText descendants not ignored (the chip's plain spans are
    // ignored as "uninteresting" but their text is not; aria-hidden text is ignored).
    const heard = (id: string): string[] => {
      const n = byId.get(id);
      if (!n) return [];
      const own = n.role?.value === 'StaticText' && !n.ignored ? [String(n.name?.value ?? '')] : [];
      return [...own, ...(n.childIds ?? []).flatMap(heard)];
    };
    const notes = nodes.filter((n) => !n.ignored && n.role?.value === 'note');
    expect(notes.length).toBe(chips.length);
    const expected = new Map(chips.map((c) => [c.label, [c.shown[1]?.text, c.shown[3]?.text]]));
    for (const n of notes) {
      const name = String(n.name?.value ?? '');
      expect(expected.has(name), name).toBe(true);
      expect(heard(n.nodeId), name).toEqual(expected.get(name));
    }
    await cdp.detach();
    await page.close();
  });
});

describe('reading pane', () => {
  it('shows the label classifyEmail gives the whole message, and the row then shows the stored label', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    for (const m of demo.server.emails.slice(0, 6)) {
      await page.locator(`[role=option][data-convid="${m.convId}"]`).click();
      const label = page.locator(`mailguard-label[data-message-id="${m.itemId}"][data-category]`);
      await label.waitFor({ timeout: 10_000 });
      const expected = messageClassification(m);
      expect(await label.getAttribute('data-category'), m.subject).toBe(expected.category);
      await expect.poll(() => label.locator('section').getAttribute('data-category')).toBe(expected.category);
      const chip = page.locator(`[role=option][data-convid="${m.convId}"] mailguard-chip`);
      await expect.poll(() => chip.getAttribute('data-source')).toBe('message');
      expect(await chip.getAttribute('data-category')).toBe(expected.category);
      // One chip per row, re-rendered in place (never a second one beside the preview's).
      expect(await chip.evaluate((h) => h.shadowRoot?.querySelectorAll('.mg-chip').length)).toBe(1);
    }
    await page.close();
  });

  it('Gmail: the open thread message carries the core label', async () => {
    const page = await demo.browser.context.newPage();
    const m = demo.server.emails.find((x) => x.id === 'm07');
    if (!m) throw new Error('demo mail m07 missing');
    await page.goto(`https://mail.google.com/mail/u/0/#inbox/${m.threadHex}`);
    const label = page.locator('div.adn mailguard-label[data-category]');
    await label.waitFor({ timeout: 10_000 });
    expect(await label.getAttribute('data-category')).toBe(messageClassification(m).category);
    await page.close();
  });

  it('a relabel ("this is wrong") is stored and survives a reload, for the message and its row', async () => {
    const page = await demo.browser.context.newPage();
    const m = demo.server.emails.find((x) => x.id === 'm31');
    if (!m) throw new Error('demo mail m31 missing');
    const target = messageClassification(m).category === 'dispute' ? 'marketing' : 'dispute';
    await page.goto(`https://outlook.office.com/mail/id/${encodeURIComponent(m.itemId)}`);
    const label = page.locator('mailguard-label[data-category]');
    await label.waitFor({ timeout: 10_000 });
    await label.getByRole('button', { name: 'This is wrong' }).click();
    await label.getByRole('combobox').selectOption(target);
    await label.getByRole('textbox', { name: 'Reason' }).fill('customer is disputing a charge');
    await label.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => label.getAttribute('data-category')).toBe(target);
    await page.reload();
    const again = page.locator('mailguard-label[data-category]');
    await again.waitFor({ timeout: 10_000 });
    expect(await again.getAttribute('data-category')).toBe(target);
    await expect(again.getByText(/Corrected by/)).toBeTruthy();
    const chip = page.locator(`[role=option][data-convid="${m.convId}"] mailguard-chip[data-category]`);
    await expect.poll(() => chip.getAttribute('data-category')).toBe(target);
    await page.close();
  });
});

describe('hostile mail content', () => {
  it('a subject and body with <img onerror> and <script> run nothing on either site', async () => {
    const m = demo.server.emails.find((x) => x.id === 'm39');
    if (!m) throw new Error('demo mail m39 missing');
    for (const url of [
      `https://outlook.office.com/mail/id/${encodeURIComponent(m.itemId)}`,
      `https://mail.google.com/mail/u/0/#inbox/${m.threadHex}`,
    ]) {
      const page = await demo.browser.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url);
      await page.locator('mailguard-label[data-category]').waitFor({ timeout: 10_000 });
      const shown = (await page.locator('mailguard-label section').textContent()) ?? '';
      expect(shown.length).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      expect(
        await page.evaluate(() => (window as unknown as { __mailguardXss?: number }).__mailguardXss),
      ).toBeUndefined();
      expect(
        await page.locator('mailguard-label').evaluate((h) => h.shadowRoot?.querySelectorAll('img, script').length),
      ).toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    }
  });
});
