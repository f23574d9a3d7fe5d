// @vitest-environment happy-dom
/**
 * An expanded Outlook conversation: every message card is read as its own message, with its own id, its own sender,
 * recipients, date, attachments and body. The id is the hash of the card's own header fields (sender, recipients,
 * absolute date, subject), so it is the same on every visit: not Outlook's `MSG_<token>` heading prefix (random on
 * compose, unproven on read cards), not a shown relative date, not anything that depends on the other cards. A
 * single-message pane keeps the URL's id (tested in outlook-adapter.test.ts), so its row still finds the stored label.
 */
import { describe, expect, it } from 'vitest';
import { outlookAdapter as A } from '../../../extension/sites/outlook/adapter';
import { cardHashId } from '../../../extension/sites/outlook/message-card';
import { at, loadFixture } from './load-fixture';

const NOW = new Date('2026-11-25T12:00:00Z');
const URL_OF_CONVERSATION = at('https://outlook.office.com/mail/inbox/id/AAQkAGNvbnZlcnNhdGlvbjE%3D');
const SUBJECT = 'Email not syncing on my phone';
const DANIEL = 'daniel.evans@example.net';
const SAM = 'sam.taylor@northwind-it.co.uk';
/** The three cards' header fields, newest first, as the fixture shows them (dates from their titles). */
const HEADERS = [
  { from: DANIEL, to: [SAM], cc: [], date: '2026-11-24T09:12:00.000Z', subject: SUBJECT },
  { from: SAM, to: [DANIEL], cc: [], date: '2026-11-23T16:40:00.000Z', subject: SUBJECT },
  { from: DANIEL, to: [SAM], cc: ['accounts@northwind-it.co.uk'], date: '2026-11-23T10:05:00.000Z', subject: SUBJECT },
] as const;

const idsIn = (doc: Document, now = NOW) =>
  A.openMessages(doc).map((c) => A.readMessage(c, URL_OF_CONVERSATION, now)?.messageId);
const dateHeadings = (doc: Document) => [...doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]')];

describe('Outlook conversation with three expanded messages', () => {
  const doc = loadFixture('outlook-conversation.html');
  const cards = A.openMessages(doc);
  const read = cards.map((c) => A.readMessage(c, URL_OF_CONVERSATION, NOW));

  it("finds one message per card, each with its own id: the hash of that card's own header fields", () => {
    expect(cards).toHaveLength(3);
    expect(read.map((r) => r?.messageId)).toEqual(HEADERS.map((h) => cardHashId(h)));
    expect(new Set(read.map((r) => r?.messageId)).size).toBe(3);
    for (const r of read) expect(r?.messageId).toMatch(/^outlook-card:[0-9a-f]{16}$/);
    expect(read.map((r) => r?.threadId)).toEqual(Array(3).fill('AAQkAGNvbnZlcnNhdGlvbjE'));
  });

  it("reads each card's own sender, recipients, date, attachments and body (never the first card's)", () => {
    expect(read[0]).toMatchObject({
      from: DANIEL,
      to: [SAM],
      cc: [],
      subject: SUBJECT,
      receivedAt: '2026-11-24T09:12:00.000Z',
      attachments: [],
    });
    expect(read[1]).toMatchObject({ from: SAM, to: [DANIEL], receivedAt: '2026-11-23T16:40:00.000Z' });
    expect(read[2]).toMatchObject({
      from: DANIEL,
      cc: ['accounts@northwind-it.co.uk'],
      receivedAt: '2026-11-23T10:05:00.000Z',
      attachments: [{ name: 'phone-setup-quote.pdf', contentType: 'application/pdf' }],
    });
    expect(read[2]?.body).toContain('4000 0566 5566 5556');
    expect(read[0]?.body).not.toContain('4000 0566');
    expect(read[1]?.body).toContain('£60 for the phone set-up is taken');
  });

  it('puts each label above its own card body, and maps nodes to their own card', () => {
    const bodies = [...doc.querySelectorAll('[role=document]')];
    cards.forEach((card, i) => {
      expect(A.labelSlot(card)?.before).toBe(bodies[i]);
      expect(A.messageOf(bodies[i]!.firstElementChild!)).toBe(card);
    });
  });
});

describe('Outlook card ids stay the same from visit to visit', () => {
  const expected = HEADERS.map((h) => cardHashId(h));

  it("a re-render with other MSG_<token> heading prefixes (random, like compose's) keeps every id", () => {
    const again = loadFixture('outlook-conversation.html');
    let n = 0;
    const fresh = new Map<string, string>();
    for (const h of again.querySelectorAll('[id^="MSG_"]')) {
      const [, token, field] = /^MSG_(.+)_([A-Z]+)$/.exec(h.id) ?? [];
      if (!fresh.has(token!)) fresh.set(token!, `9f${(n++).toString(16)}e0c41d`);
      h.id = `MSG_${fresh.get(token!)}_${field}`;
    }
    expect(fresh.size).toBe(3);
    expect(idsIn(again)).toEqual(expected);
    // And with no heading ids at all.
    for (const h of again.querySelectorAll('[id^="MSG_"]')) h.removeAttribute('id');
    expect(idsIn(again)).toEqual(expected);
  });

  it('expanding or collapsing the other cards keeps each open card its id', () => {
    for (let open = 0; open < 3; open++) {
      const d = loadFixture('outlook-conversation.html');
      [...d.querySelectorAll('[role=document]')].forEach((b, i) => {
        if (i !== open) b.remove();
      });
      expect(idsIn(d)).toEqual([expected[open]]);
    }
  });

  it('a new message arriving on top keeps the ids of the cards already labelled', () => {
    const d = loadFixture('outlook-conversation.html');
    const first = d.querySelector('[aria-label="Email message"]')!;
    const newer = first.cloneNode(true) as Element;
    for (const h of newer.querySelectorAll('[id]')) h.id = h.id.replace('QAEIJBk8QAA', 'QAFnewQAA');
    const date = newer.querySelector('[data-testid="SentReceivedSavedTime"]')!;
    date.setAttribute('title', 'Wed 25/11/2026 08:30');
    date.textContent = '08:30';
    first.before(newer);
    const ids = idsIn(d);
    expect(ids).toHaveLength(4);
    expect(ids.slice(1)).toEqual(expected);
    expect(ids[0]).toBe(cardHashId({ ...HEADERS[0], date: '2026-11-25T08:30:00.000Z' }));
  });

  it('a date heading with no title: its relative text never enters the id (the date is left out)', () => {
    const shownAs = (texts: readonly string[], now: Date) => {
      const d = loadFixture('outlook-conversation.html');
      // No heading ids either: only the header fields can tell the cards apart.
      for (const h of d.querySelectorAll('[id^="MSG_"]')) h.removeAttribute('id');
      dateHeadings(d).forEach((h, i) => {
        h.removeAttribute('title');
        h.textContent = texts[i] ?? '';
      });
      return idsIn(d, now);
    };
    const today = shownAs(['Yesterday 09:12', 'Mon 16:40', 'Mon 10:05'], NOW);
    const tomorrow = shownAs(['Tue 09:12', 'Mon 16:40', 'Mon 10:05'], new Date('2026-11-26T12:00:00Z'));
    const nextWeek = shownAs(
      ['24/11/2026 09:12', '23/11/2026 16:40', '23/11/2026 10:05'],
      new Date('2026-12-02T09:00Z'),
    );
    expect(tomorrow).toEqual(today);
    expect(nextWeek).toEqual(today);
    expect(today).toEqual(HEADERS.map((h) => cardHashId({ ...h, date: '' })));
    expect(new Set(today).size).toBe(3);
  });

  it('an absolute title counts as the same instant however it is written', () => {
    const d = loadFixture('outlook-conversation.html');
    dateHeadings(d)[0]?.setAttribute('title', 'Tuesday, 24 November 2026 09:12');
    expect(idsIn(d)).toEqual(expected);
  });

  it('the header hash changes with any header field, and not with case or surrounding space', () => {
    const base = {
      from: 'a@example.com',
      to: ['b@example.com'],
      cc: [],
      date: '2026-11-23T10:05:00.000Z',
      subject: 'x',
    };
    const id = cardHashId(base);
    expect(cardHashId({ ...base, date: '2026-11-23T10:06:00.000Z' })).not.toBe(id);
    expect(cardHashId({ ...base, date: '' })).not.toBe(id);
    expect(cardHashId({ ...base, from: 'c@example.com' })).not.toBe(id);
    expect(cardHashId({ ...base, to: ['d@example.com'] })).not.toBe(id);
    expect(cardHashId({ ...base, cc: ['d@example.com'] })).not.toBe(id);
    expect(cardHashId({ ...base, subject: 'y' })).not.toBe(id);
    expect(cardHashId({ ...base, subject: ' X ' })).toBe(id);
  });
});

describe("Outlook card dates: a card's own or none", () => {
  it("a card of several with no date of its own gets the default (now), never another card's date", () => {
    const d = loadFixture('outlook-conversation.html');
    dateHeadings(d)[1]?.remove();
    const read = A.openMessages(d).map((c) => A.readMessage(c, URL_OF_CONVERSATION, NOW));
    expect(read.map((r) => r?.receivedAt)).toEqual([
      '2026-11-24T09:12:00.000Z',
      NOW.toISOString(),
      '2026-11-23T10:05:00.000Z',
    ]);
    expect(read[1]?.messageId).toBe(cardHashId({ ...HEADERS[1], date: '' }));
  });
});
