/**
 * The background's send-guard verbs with the real core and default policy, and a recording fake store: the verdicts the
 * issue names, and what is (and is not) recorded.
 */
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../extension/background/settings';
import { fileRisk } from '../../../extension/send-guard/background/file-risk';
import { createSendGuardHandlers } from '../../../extension/send-guard/background/send-guard-handlers';
import { pasteGuardFor } from '../../../extension/send-guard/background/site-allowed';
import { defaultPolicy } from '../../../shared/core/policy';
import type { MailguardStore, SharingEventInput } from '../../../shared/store/types';

const recorded: SharingEventInput[] = [];
const store = {
  recordSharingEvent: async (e: SharingEventInput) => void recorded.push(e),
} as unknown as MailguardStore;
const settings: Settings = {
  role: 'staff',
  roleLocked: false,
  actor: 'Sam Taylor',
  policy: defaultPolicy,
  policySource: 'default',
};
const now = new Date('2026-11-25T10:00:00Z');
const h = createSendGuardHandlers({ store: async () => store, now: () => now });

const draft = (to: string[], body: string, extra = {}) => ({ from: '', to, subject: 'Hello', body, ...extra });

describe('assessDraft', () => {
  it('blocks a forward of card data to an unvetted address, naming the card only masked', async () => {
    const quoted =
      'From: Oliver <oliver@example.com>\nSent: Thu\nTo: sam@northwind-it.co.uk\nPlease take 4111 1111 1111 1111.';
    const v = await h.assessDraft(
      {
        type: 'assessDraft',
        draft: draft(['help@quickfix.example'], `FYI\n\n${quoted}`, {
          subject: 'FW: My card',
          composeType: 'forward',
          original: { from: 'oliver@example.com', to: ['sam@northwind-it.co.uk'] },
        }),
        quoted,
      },
      settings,
    );
    expect(v.action).toBe('block');
    expect(v.found.find((f) => f.kind === 'card_number')?.samples).toEqual(['card number •••• 1111']);
    expect(JSON.stringify(v)).not.toContain('4111 1111 1111 1111');
    // The firm's own address in the quoted header is not listed as found personal data (the core does not count it).
    expect(v.found.flatMap((f) => f.samples).join(' ')).not.toContain('northwind-it.co.uk');
  });

  it('allows a reply to the customer and mail to the vetted processor', async () => {
    const reply = await h.assessDraft(
      {
        type: 'assessDraft',
        draft: draft(
          ['oliver@example.com'],
          'Paid, thanks.\n\nOn Thu, Oliver <oliver@example.com> wrote:\n4111 1111 1111 1111',
          {
            composeType: 'reply',
            original: { from: 'oliver@example.com', to: ['sam@northwind-it.co.uk'] },
          },
        ),
      },
      settings,
    );
    expect(reply.action).toBe('allow');
    const vetted = await h.assessDraft(
      {
        type: 'assessDraft',
        draft: draft(['disputes@payvector.co.uk'], 'Card 5555 5555 5555 4444 disputes a charge.'),
      },
      settings,
    );
    expect(vetted.action).toBe('allow');
  });

  it('blocks a display name claiming to be the vetted processor on another address', async () => {
    const v = await h.assessDraft(
      { type: 'assessDraft', draft: draft(['"PayVector Disputes" <disputes@gmail.com>'], 'Refund batch') },
      settings,
    );
    expect(v.action).toBe('block');
    expect(v.recipients[0]).toMatchObject({ address: 'disputes@gmail.com', status: 'lookalike' });
  });

  it('blocks the look-alikes and warns on a phone number to an unvetted domain', async () => {
    for (const to of ['a@payvect0r.co.uk', 'a@payvector.co.uk.example-mail.net']) {
      expect(
        (await h.assessDraft({ type: 'assessDraft', draft: draft([to], 'Refund batch') }, settings)).action,
        to,
      ).toBe('block');
    }
    const v = await h.assessDraft(
      { type: 'assessDraft', draft: draft(['b@venue.example'], 'Call 07700 900456') },
      settings,
    );
    expect(v.action).toBe('warn');
    expect(v.found.map((f) => f.kind)).toContain('phone');
  });
});

describe('recordSharingEvent', () => {
  it('stores domains, statuses, kinds and the justification with the actor and time', async () => {
    await h.recordSharingEvent(
      {
        type: 'recordSharingEvent',
        event: {
          kind: 'override',
          action: 'warn',
          justification: { type: 'business', reason: 'Venue needs it' },
          recipients: [{ domain: 'venue.example', status: 'unvetted' }],
          kinds: { phone: 1 },
        },
      },
      settings,
    );
    expect(recorded.at(-1)).toEqual({
      at: now,
      actor: 'Sam Taylor',
      kind: 'override',
      action: 'warn',
      justification: { type: 'business', reason: 'Venue needs it' },
      recipients: [{ domain: 'venue.example', status: 'unvetted' }],
      kinds: { phone: 1 },
      client: 'extension',
    });
  });

  it('refuses an address where a domain belongs', async () => {
    await expect(
      h.recordSharingEvent(
        {
          type: 'recordSharingEvent',
          event: {
            kind: 'warning',
            action: 'warn',
            recipients: [{ domain: 'a@b.example', status: 'unvetted' }],
            kinds: {},
          },
        },
        settings,
      ),
    ).rejects.toThrow(/domain only/);
  });
});

describe('paste guard', () => {
  it('skips the organisation, vetted processors, allowed sites and the webmails; checks the rest', () => {
    const p = { ...defaultPolicy, allowedSites: ['intranet-tools.example'] };
    expect(pasteGuardFor(p, 'www.northwind-it.co.uk').active).toBe(false);
    expect(pasteGuardFor(p, 'portal.payvector.co.uk').active).toBe(false);
    expect(pasteGuardFor(p, 'a.intranet-tools.example').active).toBe(false);
    expect(pasteGuardFor(p, 'mail.google.com').active).toBe(false);
    expect(pasteGuardFor(p, 'files.unvetted-share.example').active).toBe(true);
    expect(pasteGuardFor({ ...p, pasteGuard: false }, 'files.unvetted-share.example').active).toBe(false);
  });

  it('marks call recordings and exports by name and type', () => {
    expect(fileRisk('call-5521.mp3', 'audio/mpeg')?.kind).toBe('call_recording');
    expect(fileRisk('customers-export.csv', 'text/csv')?.kind).toBe('export');
    expect(fileRisk('archive.mbox', '')?.kind).toBe('export');
    expect(fileRisk('holiday.jpg', 'image/jpeg')).toBeNull();
  });

  it('warns on a pasted phone number, blocks a card number and a recording, allows plain text', async () => {
    const paste = (text: string, files: { name: string; type: string; size: number }[] = []) =>
      h.assessPaste({ type: 'assessPaste', host: 'files.unvetted-share.example', text, files }, settings);
    expect((await paste('Call me on 07700 900123')).action).toBe('warn');
    expect((await paste('Card 4111 1111 1111 1111')).action).toBe('block');
    const rec = await paste('', [{ name: 'call-5521.mp3', type: 'audio/mpeg', size: 10 }]);
    expect(rec.action).toBe('block');
    expect(rec.reasons.join(' ')).toContain('files.unvetted-share.example');
    expect(rec.reasons.join(' ')).not.toContain('site@');
    expect((await paste('Agenda for Thursday')).action).toBe('allow');
  });
});
