import fc from 'fast-check';
import { defaultPolicy } from '../../../../shared';
import { detectInMessage, sliceMessage } from '../../../../shared/core/classify/message-text';
import { ownDetails } from '../../../../shared/core/sharing/own-details';
import { splitDraft } from '../../../../shared/core/sharing/split-draft';

const PARTIES = {
  from: 'Sam Patel <sam.patel@northwind-it.co.uk>',
  recipients: ['Jane Doe <jane.doe@example.com>', 'Élodie Martin <elodie@example.org>'],
};
/** Every word of the parties' display names and mailbox names (what counts as theirs). */
const PARTY_WORDS = new Set(['sam', 'patel', 'jane', 'doe', 'élodie', 'elodie', 'martin']);

const LINES = [
  'Hi Jane,',
  'Dear Mrs Doe,',
  'Dear Élodie,',
  'Hello Priya,',
  'Thanks, Tom Baker',
  'Kind regards,\nJane Doe',
  'Regards,\nDoe Jane',
  'my name is Jane Okafor',
  'Tom Baker <tom@example.com>',
  'Élodie Martin <elodie@example.org>',
  'Zainab Hussain (zainab@example.com)',
  'I spoke to Mr Martin yesterday.',
  'The printer is broken again.',
  '-----Original Message-----\nFrom: Priya Shah <priya@example.net>\nSent: 20 November 2026 09:14',
];
const body = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }).map((l) => l.join('\n\n'));

describe('ownDetails: names', () => {
  it("counts a name as a party's own exactly when each of its words is theirs (or it is the writer's signature)", () => {
    let own = 0;
    let notOwn = 0;
    fc.assert(
      fc.property(body, (text) => {
        const draft = { subject: 'Re: the printer', body: text };
        const regions = splitDraft(draft);
        const isOwn = ownDetails(draft, regions, PARTIES, defaultPolicy);
        for (const f of detectInMessage(draft)) {
          if (f.kind !== 'person_name') continue;
          const inSignature = f.start >= regions.signature[0] && f.end <= regions.signature[1];
          const words = sliceMessage(draft, f.start, f.end)
            .toLowerCase()
            .split(/[^a-z\u00c0-\u024f]+/)
            .filter(Boolean);
          const expected = inSignature || (words.length > 0 && words.every((w) => PARTY_WORDS.has(w)));
          expect(isOwn(f), sliceMessage(draft, f.start, f.end)).toBe(expected);
          if (expected) own++;
          else notOwn++;
        }
      }),
      { numRuns: 300 },
    );
    expect(own).toBeGreaterThan(0);
    expect(notOwn).toBeGreaterThan(0);
  });
});
