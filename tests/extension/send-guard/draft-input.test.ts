/** Draft mapping: recipients (typed ones too), the quoted original's people, unreadable recipients, fingerprints. */
import { describe, expect, it } from 'vitest';
import { fingerprint, toDraftInput } from '../../../extension/send-guard/draft-input';
import { parseQuotedHeader } from '../../../extension/send-guard/quoted-header';
import type { ComposeDraft } from '../../../extension/sites/site-adapter';

const draft = (over: Partial<ComposeDraft> = {}): ComposeDraft => ({
  recipients: [],
  subject: 'Hello',
  body: 'Hi',
  quoted: '',
  attachments: [],
  composeType: 'new',
  ...over,
});

describe('parseQuotedHeader', () => {
  it('reads Outlook headers whose lines run together in textContent', () => {
    expect(
      parseQuotedHeader(
        'From: Oliver Brooks <oliver.brooks@example.com>Sent: Thu 12/03/2026 10:02To: sam@northwind-it.co.uk; Ann <ann@example.org>Cc: c@example.net Subject: Update: card',
      ),
    ).toEqual({
      from: 'oliver.brooks@example.com',
      to: ['sam@northwind-it.co.uk', 'ann@example.org'],
      cc: ['c@example.net'],
    });
  });

  it("reads Gmail's forward block and its reply line", () => {
    expect(
      parseQuotedHeader(
        '---------- Forwarded message ---------\nFrom: Chloe <chloe@example.com>\nDate: Tue\nSubject: x\nTo: sam@northwind-it.co.uk\n\nbody',
      ),
    ).toEqual({ from: 'chloe@example.com', to: ['sam@northwind-it.co.uk'], cc: [] });
    expect(parseQuotedHeader('On Thu, 12 Mar 2026, 10:02, Chloe <chloe@example.com> wrote:\n> hi')?.from).toBe(
      'chloe@example.com',
    );
  });

  it('gives null when no sender is named', () => {
    expect(parseQuotedHeader('Just some text')).toBeNull();
  });
});

describe('toDraftInput', () => {
  it('keeps each field, lower-cases, drops duplicates, and includes typed addresses not yet resolved', () => {
    const { draft: d, unreadable } = toDraftInput(
      draft({
        recipients: [
          { field: 'to', address: 'Ann@Example.com', resolved: true },
          { field: 'to', address: 'ann@example.com', resolved: true },
          { field: 'cc', address: 'typed@unvetted.example', resolved: false },
          { field: 'bcc', address: 'b@example.org', resolved: true },
        ],
      }),
    );
    expect([d.to, d.cc, d.bcc]).toEqual([['ann@example.com'], ['typed@unvetted.example'], ['b@example.org']]);
    expect(unreadable).toEqual([]);
  });

  it('keeps display names, so a name claiming to be a vetted processor can be caught', () => {
    const { draft: d } = toDraftInput(
      draft({
        recipients: [{ field: 'to', address: 'disputes@gmail.com', name: 'PayVector "Disputes"', resolved: true }],
      }),
    );
    expect(d.to).toEqual(['"PayVector Disputes" <disputes@gmail.com>']);
  });

  it('reports recipients shown without an address as unreadable (never silently dropped)', () => {
    const { draft: d, unreadable } = toDraftInput(
      draft({ recipients: [{ field: 'to', address: '', name: 'Pat Jones', resolved: false }] }),
    );
    expect(d.to).toEqual([]);
    expect(unreadable).toEqual(['Pat Jones']);
  });

  it("gives a forward its original's people from the quoted header", () => {
    const { draft: d, quoted } = toDraftInput(
      draft({
        composeType: 'forward',
        subject: 'FW: My card',
        quoted:
          'From: Oliver <oliver@example.com>\nSent: Thu\nTo: sam@northwind-it.co.uk\nSubject: My card\ncard 4111 1111 1111 1111',
      }),
    );
    expect(d.composeType).toBe('forward');
    expect(d.original).toEqual({ from: 'oliver@example.com', to: ['sam@northwind-it.co.uk'], cc: [] });
    expect(quoted).toContain('4111');
  });

  it('fingerprints change with any recipient, subject or body change', () => {
    const base = toDraftInput(draft({ recipients: [{ field: 'to', address: 'a@b.co', resolved: true }] })).draft;
    const prints = new Set([
      fingerprint(base),
      fingerprint({ ...base, to: ['c@b.co'] }),
      fingerprint({ ...base, subject: 'Other' }),
      fingerprint({ ...base, body: 'Hj' }),
      fingerprint({ ...base, attachments: [{ name: 'x.csv', contentType: 'text/csv' }] }),
    ]);
    expect(prints.size).toBe(5);
    expect(fingerprint(base)).toBe(fingerprint({ ...base }));
  });
});
