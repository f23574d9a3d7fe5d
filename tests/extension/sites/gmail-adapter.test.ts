// @vitest-environment happy-dom
/** The Gmail adapter reads thread rows (incl. split-pane and ads), an open thread and compose forms as text. */
import { describe, expect, it } from 'vitest';
import { gmailAdapter as A } from '../../../extension/sites/gmail/adapter';
import { at, loadFixture } from './load-fixture';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('Gmail list', () => {
  const doc = loadFixture('gmail-list.html');
  const rows = A.listRows(doc);

  it('reads every thread row of every list; ads give no row', () => {
    expect(rows).toHaveLength(13);
    const read = rows.map((r) => A.readRow(r, NOW));
    expect(read.filter(Boolean)).toHaveLength(12);
    expect(read[4]).toBeNull();
    expect(read[0]).toEqual({
      messageId: '18c2a3b4c5d7',
      threadId: '18c2a3b4c5d0',
      from: 'priya.shah@example.com',
      subject: 'Invoice INV-20431 payment sent',
      preview: 'I have paid invoice INV-20431 by bank transfer.',
      receivedAt: '2026-11-25T10:02:00.000Z',
    });
  });

  it("joins a split-pane thread's three rows into one", () => {
    const split = rows.find((r) => r.classList.contains('apv'))!;
    expect(A.readRow(split, NOW)).toMatchObject({
      from: 'megan.clarke@example.com',
      subject: 'Direct debit mandate change',
      preview: 'Please update our direct debit; sort code 20-00-00.',
      receivedAt: '2026-11-05T08:05:00.000Z',
    });
    const snippet = doc.querySelectorAll('tr.apw')[1]!.querySelector('.y2')!;
    expect(A.rowOf(snippet)).toBe(split);
  });

  it('puts the chip first among the native label chips and keys rows on the legacy thread id', () => {
    const slot = A.chipSlot(rows[0]!);
    expect(slot?.parent.className).toBe('xT');
    expect(slot?.before).toBe(rows[0]!.querySelector('div.ar'));
    expect(A.rowKey(rows[0]!)).toBe('18c2a3b4c5d0');
    expect(A.mailboxId(at('https://mail.google.com/mail/u/1/#inbox'))).toBe('gmail:mail.google.com/u/1');
  });
});

describe('Gmail thread', () => {
  const doc = loadFixture('gmail-thread.html');

  it('labels only the expanded message, read whole as text', () => {
    const messages = A.openMessages(doc);
    expect(messages).toHaveLength(1);
    const read = A.readMessage(messages[0]!, at('https://mail.google.com/mail/u/0/#inbox/18c2a3b4c5d5'), NOW);
    expect(read).toMatchObject({
      messageId: '18c2a3b4c5dc',
      threadId: '18c2a3b4c5d5',
      from: 'hannah.lee@example.org',
      to: ['sam.taylor@northwind-it.co.uk', 'accounts@northwind-it.co.uk'],
      subject: 'Complaint about the March invoice',
      receivedAt: '2026-11-22T08:30:00.000Z',
      attachments: [{ name: 'invoice-march.pdf', contentType: 'application/pdf' }],
    });
    expect(read?.body).toContain('<script>alert(1)</script>');
    expect(A.labelSlot(messages[0]!)?.before).toBe(doc.querySelector('div.ii.gt'));
  });

  it('reads the inline reply as a reply to that message', () => {
    const [compose] = A.composeRoots(doc);
    const d = A.readCompose(compose!);
    expect(d.composeType).toBe('reply');
    expect(d.recipients).toEqual([
      { field: 'to', address: 'hannah.lee@example.org', name: 'Hannah Lee', resolved: true },
    ]);
    expect(d.quoted).toContain('I dispute the call-out charge.');
  });
});

describe('Gmail compose', () => {
  const doc = loadFixture('gmail-compose.html');
  const [compose] = A.composeRoots(doc);

  it('reads recipients (options, typed text, legacy chips), subject, attachments and the forward', () => {
    const d = A.readCompose(compose!);
    expect(d.recipients).toEqual([
      { field: 'to', address: 'ben.ashworth@example.org', name: 'Ben Ashworth', resolved: true },
      { field: 'to', address: 'support@payvect0r.co.uk', resolved: true },
      { field: 'to', address: 'typed.person@example.net', resolved: false },
      { field: 'cc', address: 'accounts@northwind-it.co.uk', name: 'Accounts', resolved: true },
      { field: 'bcc', address: 'archive@northwind-it.co.uk', name: 'Archive', resolved: true },
    ]);
    expect(d.subject).toBe('Fwd: Voicemail from 07700 900456');
    expect(d.composeType).toBe('forward');
    expect(d.attachments).toEqual([
      { name: 'voicemail-0042.wav', contentType: 'audio/wav' },
      { name: 'notes.txt', contentType: 'text/plain' },
    ]);
  });

  it('finds Send by its classes whatever the tooltip language, never the schedule menu button', () => {
    const buttons = A.sendButtons(compose!);
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.getAttribute('aria-label')).toBe('Senden \u202a(Strg-Eingabetaste)\u202c');
  });
});
