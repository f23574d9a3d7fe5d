// @vitest-environment happy-dom
/** The Outlook adapter reads rows, the open message and compose forms from the fixtures as text. */
import { describe, expect, it } from 'vitest';
import { outlookAdapter as A } from '../../../extension/sites/outlook/adapter';
import { rowTextOf } from '../../../extension/sites/row-text';
import { at, loadFixture } from './load-fixture';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('Outlook list', () => {
  const doc = loadFixture('outlook-list.html');
  const rows = A.listRows(doc);

  it('finds the 15 mounted rows, skipping date headers, keyed on data-convid', () => {
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => A.rowKey(r))).toEqual(rows.map((r) => r.getAttribute('data-convid')));
  });

  it('reads sender, subject, preview and the full date of a row', () => {
    expect(A.readRow(rows[0]!, NOW)).toEqual({
      messageId: 'AAMkAGRvYzE00AAA=',
      threadId: 'AAQkAGRvYzE00',
      from: 'priya.shah@example.com',
      subject: 'Invoice INV-20431 payment sent',
      preview: 'Hi Sam, I have paid invoice INV-20431 by bank transfer this morning.',
      receivedAt: '2026-11-25T10:02:00.000Z',
    });
    expect(A.readRow(rows[14]!, NOW)?.receivedAt).toBe('2026-10-26T13:37:00.000Z');
  });

  it('reads every row into cells as shown, each with a sender address, a date and a subject (what the list labeller sends)', () => {
    const cells = A.readRowCells(rows[0]!);
    expect(cells).toMatchObject({ messageId: 'AAMkAGRvYzE00AAA=', threadId: 'AAQkAGRvYzE00' });
    expect(cells?.from[0]).toContain('priya.shah@example.com');
    for (const row of rows) {
      const text = rowTextOf(A.readRowCells(row)!, NOW); // what the background makes of the cells
      expect(text.from).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      expect(text.receivedAt).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
      expect(text.receivedAt).not.toBe(NOW.toISOString()); // a date was read, not the stand-in
      expect(text.subject.trim()).not.toBe('');
    }
  });

  it('maps any node inside a row to its row, and puts the chip before the subject', () => {
    const subject = rows[3]!.querySelector('span.TtcXM')!;
    expect(A.rowOf(subject.firstChild!)).toBe(rows[3]);
    expect(A.rowOf(doc.querySelector('button.jXaVF')!)).toBeNull();
    const slot = A.chipSlot(rows[3]!);
    expect(slot?.before).toBe(subject);
  });

  it('notices a recycled row (same element, another conversation)', () => {
    const row = rows[5]!;
    const before = A.rowKey(row);
    row.setAttribute('data-convid', 'AAQkAGRvYzE99');
    expect(A.rowKey(row)).not.toBe(before);
    expect(A.rowKeyAttributes).toContain('data-convid');
  });

  it('falls back to the row text when the generated subject class is gone', () => {
    const row = rows[6]!.cloneNode(true) as Element;
    for (const s of row.querySelectorAll('span.TtcXM')) s.className = 'renamed';
    expect(A.readRow(row, NOW)?.subject).toContain('Subject access request');
  });

  it('uses the host as mailbox id', () => {
    expect(A.mailboxId(at('https://outlook.office.com/mail/inbox'))).toBe('outlook:outlook.office.com');
  });
});

describe('Outlook reading pane', () => {
  const doc = loadFixture('outlook-reading-pane.html');

  it('finds one open message and reads it whole, as text', () => {
    const [message, ...more] = A.openMessages(doc);
    expect(more).toEqual([]);
    const read = A.readMessage(message!, at('https://outlook.office.com/mail/id/AAMkAGRvYzE05AAA%3D'), NOW);
    expect(read).toMatchObject({
      messageId: 'AAMkAGRvYzE05AAA=',
      threadId: 'AAQkAGRvYzE05',
      from: 'hannah.lee@example.org',
      to: ['sam.taylor@northwind-it.co.uk'],
      cc: ['accounts@northwind-it.co.uk'],
      subject: 'Complaint about the March invoice',
      receivedAt: '2026-11-22T08:30:00.000Z',
      attachments: [
        { name: 'invoice-march.pdf', contentType: 'application/pdf' },
        { name: 'call-0042.wav', contentType: 'audio/wav' },
      ],
    });
    expect(read?.body).toContain('I dispute the call-out charge');
    expect(read?.body).toContain('<img src=x onerror=alert(1)>');
  });

  it('maps nodes inside the body to the message, and places the label above the body', () => {
    const body = doc.querySelector('[role=document]')!;
    const message = A.messageOf(body.firstElementChild!);
    expect(message?.getAttribute('aria-label')).toBe('Email message');
    expect(A.messageOf(doc.querySelector('[role=main]')!)).toBeNull();
    expect(A.labelSlot(message!)?.before).toBe(body);
  });

  it('takes the message id from the selected row when the URL has none', () => {
    const [message] = A.openMessages(doc);
    expect(A.readMessage(message!, at('https://outlook.office.com/mail/inbox'), NOW)?.messageId).toBe(
      'AAMkAGRvYzE05AAA=',
    );
  });
});

describe('Outlook compose', () => {
  const doc = loadFixture('outlook-compose.html');
  const [inline, popup] = A.composeRoots(doc);

  it('reads recipients with names, name-only pills and typed addresses', () => {
    expect(A.readCompose(inline!).recipients).toEqual([
      { field: 'to', address: 'hannah.lee@example.org', name: 'Hannah Lee', resolved: true },
      { field: 'to', address: '', name: 'Accounts Team', resolved: false },
      { field: 'to', address: 'typed.person@example.net', resolved: false },
      { field: 'cc', address: 'support@payvector.co.uk', resolved: true },
      { field: 'bcc', address: 'archive@northwind-it.co.uk', name: 'Archive', resolved: true },
    ]);
  });

  it('reads subject, body, the quoted original, attachments and the compose type', () => {
    const d = A.readCompose(inline!);
    expect(d.subject).toBe('RE: Complaint about the March invoice');
    expect(d.composeType).toBe('reply');
    expect(d.body).toContain('we will look into the charge');
    expect(d.quoted).toContain('From: Hannah Lee');
    expect(d.quoted).toContain('4111 1111 1111 1111');
    expect(d.attachments).toEqual([{ name: 'statement-nov.pdf', contentType: 'application/pdf' }]);
    expect(A.readCompose(popup!).composeType).toBe('forward');
  });

  it('finds each compose\'s Send primary half (never "More send options") and the send shortcut', () => {
    expect(A.sendButtons(inline!).map((b) => b.id)).toEqual(['splitButton-r3f__primaryActionButton']);
    expect(A.sendButtons(popup!)).toHaveLength(1);
    expect(A.composeOf(doc.querySelector('#divRplyFwdMsg')!)).toBe(inline);
    const key = (init: KeyboardEventInit) => A.isSendShortcut(new KeyboardEvent('keydown', init));
    expect(key({ key: 'Enter', ctrlKey: true })).toBe(true);
    expect(key({ key: 'Enter', metaKey: true })).toBe(true);
    expect(key({ key: 'Enter' })).toBe(false);
  });
});
