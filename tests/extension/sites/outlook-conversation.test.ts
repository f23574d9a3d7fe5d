// @vitest-environment happy-dom
/**
 * An expanded Outlook conversation: every message card is read as its own message, with its own id (its metadata
 * headings' `MSG_<token>` prefix, or a deterministic id from its own header fields when Outlook shows none), its own
 * sender, recipients, date, attachments and body. A single-message pane keeps the URL's id (tested in
 * outlook-adapter.test.ts), so its row still finds the stored label.
 */
import { describe, expect, it } from 'vitest';
import { outlookAdapter as A } from '../../../extension/sites/outlook/adapter';
import { cardHashId } from '../../../extension/sites/outlook/message-card';
import { at, loadFixture } from './load-fixture';

const NOW = new Date('2026-11-25T12:00:00Z');
const URL_OF_CONVERSATION = at('https://outlook.office.com/mail/inbox/id/AAQkAGNvbnZlcnNhdGlvbjE%3D');

describe('Outlook conversation with three expanded messages', () => {
  const doc = loadFixture('outlook-conversation.html');
  const cards = A.openMessages(doc);
  const read = cards.map((c) => A.readMessage(c, URL_OF_CONVERSATION, NOW));

  it('finds one message per card, each with its own id from its headings', () => {
    expect(cards).toHaveLength(3);
    expect(read.map((r) => r?.messageId)).toEqual(['MSG_QAEIJBk8QAA', 'MSG_QAD/KIb6QAA', 'MSG_QAD/KHy2QAA']);
    expect(read.map((r) => r?.threadId)).toEqual(Array(3).fill('AAQkAGNvbnZlcnNhdGlvbjE'));
  });

  it("reads each card's own sender, recipients, date, attachments and body (never the first card's)", () => {
    expect(read[0]).toMatchObject({
      from: 'daniel.evans@example.net',
      to: ['sam.taylor@northwind-it.co.uk'],
      cc: [],
      subject: 'Email not syncing on my phone',
      receivedAt: '2026-11-24T09:12:00.000Z',
      attachments: [],
    });
    expect(read[1]).toMatchObject({
      from: 'sam.taylor@northwind-it.co.uk',
      to: ['daniel.evans@example.net'],
      receivedAt: '2026-11-23T16:40:00.000Z',
    });
    expect(read[2]).toMatchObject({
      from: 'daniel.evans@example.net',
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

  it('a card keeps its own id while the other messages are collapsed (no body shown)', () => {
    const doc2 = loadFixture('outlook-conversation.html');
    const bodies = [...doc2.querySelectorAll('[role=document]')];
    bodies[1]?.remove();
    bodies[2]?.remove();
    const open = A.openMessages(doc2);
    expect(open).toHaveLength(1);
    expect(A.readMessage(open[0]!, URL_OF_CONVERSATION, NOW)?.messageId).toBe('MSG_QAEIJBk8QAA');
  });

  it('falls back to a deterministic id from the card header when Outlook shows no heading ids', () => {
    const bare = loadFixture('outlook-conversation.html');
    for (const h of bare.querySelectorAll('[id^="MSG_"]')) h.removeAttribute('id');
    const again = () => A.openMessages(bare).map((c) => A.readMessage(c, URL_OF_CONVERSATION, NOW)?.messageId);
    const ids = again();
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^outlook-card:[0-9a-f]{16}$/);
    // Same page, another visit, another clock: the same ids.
    expect(again()).toEqual(ids);
    expect(ids[0]).toBe(
      cardHashId({
        from: 'daniel.evans@example.net',
        to: ['sam.taylor@northwind-it.co.uk'],
        cc: [],
        shownDate: 'Tue 24/11/2026 09:12',
        subject: 'Email not syncing on my phone',
      }),
    );
  });

  it('the header hash changes with any header field', () => {
    const base = {
      from: 'a@example.com',
      to: ['b@example.com'],
      cc: [],
      shownDate: 'Mon 23/11/2026 10:05',
      subject: 'x',
    };
    const id = cardHashId(base);
    expect(cardHashId({ ...base, shownDate: 'Mon 23/11/2026 10:06' })).not.toBe(id);
    expect(cardHashId({ ...base, from: 'c@example.com' })).not.toBe(id);
    expect(cardHashId({ ...base, cc: ['d@example.com'] })).not.toBe(id);
    expect(cardHashId({ ...base, subject: 'y' })).not.toBe(id);
    expect(cardHashId({ ...base, subject: ' X ' })).toBe(id);
  });
});
