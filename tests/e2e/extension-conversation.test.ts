/**
 * e2e, Chromium + the built extension on the demo Outlook: an expanded conversation (m15, three messages) shows one
 * label per message card, each keyed by that card's own id (the hash of its own header fields) and carrying the category classifyEmail gives that message
 * alone (the card with a card number is card data; the others are not). Gmail's thread of the same conversation
 * likewise labels each message under its own legacy message id.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHashId } from '../../extension/sites/outlook/message-card';
import { parseAbsoluteDate } from '../../extension/sites/read-text';
import { outlookDate, type PageEarlierMessage, type PageEmail } from '../../scripts/demo/pages/dom';
import { type Demo, messageClassification, startDemo } from './extension-harness';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo('staff');
});
afterAll(async () => {
  await demo?.close();
});

/**
 * A card's id: the hash of its own header fields as the demo card shows them (sender, To, Cc, the date heading's title
 * read as an absolute date, the conversation's subject), never Outlook's MSG_<token> heading prefix.
 */
function cardId(m: PageEmail, part: Pick<PageEarlierMessage, 'from' | 'to' | 'cc' | 'receivedAt'>): string {
  const date = parseAbsoluteDate(outlookDate(part.receivedAt));
  if (!date) throw new Error(`demo date ${part.receivedAt} is not read as an absolute date`);
  return cardHashId({ from: part.from.address, to: part.to, cc: part.cc, date, subject: m.subject });
}

/** The conversation's messages as cards show them, newest first, each as the PageEmail classifyEmail is asked about. */
function cardsOf(m: PageEmail): { id: string; mail: PageEmail }[] {
  const earlier = [...(m.earlier ?? [])].reverse();
  return [
    { id: cardId(m, { ...m, cc: [] }), mail: m },
    ...earlier.map((p) => ({ id: cardId(m, p), mail: { ...m, ...p } })),
  ];
}

async function open(m: PageEmail): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(`https://outlook.office.com/mail/id/${encodeURIComponent(m.itemId)}`);
  return page;
}

describe('Outlook conversation cards', () => {
  it('labels each message card on its own, under its own id', async () => {
    const m = demo.server.emails.find((x) => x.id === 'm15');
    if (!m?.earlier?.length) throw new Error('demo conversation m15 missing');
    const page = await open(m);
    const cards = cardsOf(m);
    expect(await page.locator('[aria-label="Email message"]').count()).toBe(3);
    const labels = page.locator('mailguard-label[data-category]');
    await expect.poll(() => labels.count(), { timeout: 15_000 }).toBe(3);
    const shown = await labels.evaluateAll((ls) =>
      ls.map((l) => ({ id: l.getAttribute('data-message-id'), category: l.getAttribute('data-category') })),
    );
    expect(shown.map((s) => s.id)).toEqual(cards.map((c) => c.id));
    const expected = cards.map((c) => messageClassification(c.mail).category);
    expect(shown.map((s) => s.category)).toEqual(expected);
    // The oldest message carries the card number; the newest does not: per-message labels, not one for all.
    expect(expected[2]).toBe('card_data');
    expect(expected[0]).not.toBe('card_data');
    // Each label sits in its own card, above that card's body.
    const inCards = await page
      .locator('[aria-label="Email message"]')
      .evaluateAll((cs) => cs.map((c) => c.querySelector('mailguard-label')?.getAttribute('data-message-id')));
    expect(inCards).toEqual(cards.map((c) => c.id));
    await page.close();
  });

  it('Gmail: each message of the thread carries its own label under its own message id', async () => {
    const m = demo.server.emails.find((x) => x.id === 'm15') as PageEmail;
    const page = await demo.browser.context.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/#inbox/${m.threadHex}`);
    const parts = [
      ...(m.earlier ?? []).map((p) => ({ id: p.messageHex, mail: { ...m, ...p, to: [...p.to, ...p.cc] } })),
      { id: m.messageHex, mail: m },
    ];
    const labels = page.locator('div.adn mailguard-label[data-category]');
    await expect.poll(() => labels.count(), { timeout: 15_000 }).toBe(3);
    const shown = await labels.evaluateAll((ls) =>
      ls.map((l) => ({ id: l.getAttribute('data-message-id'), category: l.getAttribute('data-category') })),
    );
    expect(shown).toEqual(parts.map((p) => ({ id: p.id, category: messageClassification(p.mail).category })));
    expect(shown[0]?.category).toBe('card_data');
    await page.close();
  });
});
