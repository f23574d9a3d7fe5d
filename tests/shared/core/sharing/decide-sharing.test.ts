import fc from 'fast-check';
import { defaultPolicy } from '../../../../shared';
import { bodyStart, messageText } from '../../../../shared/core/classify/message-text';
import { decideSharing, type SharingFacts } from '../../../../shared/core/sharing/decide-sharing';
import {
  type Finding,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type RecipientStatus,
} from '../../../../shared/core/types';
import { oracleDecideSharing } from './decide-sharing-oracle';

const KINDS: readonly PersonalDataKind[] = PERSONAL_DATA_KINDS;
const STATUSES: RecipientStatus[] = ['internal', 'data_subject', 'vetted', 'unvetted', 'lookalike', 'invalid'];
const categoryIds = defaultPolicy.categories.map((c) => c.id);
const processorIds = defaultPolicy.processors.map((p) => p.id);
const message = {
  subject: 'Card 5555 5555 5555 4444',
  body: '4111 1111 1111 1111 password bluebell77 07700 900123 jane@example.com 192.0.2.44 srv-01 LS1 9XZ',
};
/** What the oracle reads; findings index it (subject, blank line, body), across both parts. */
const text = messageText(message.subject, message.body);

const finding = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    start: fc.nat({ max: text.length - 1 }),
    length: fc.integer({ min: 1, max: 19 }),
    confidence: fc.constantFrom(0.3, 0.49, 0.5, 0.8, 1),
  })
  .map(
    ({ kind, start, length, confidence }): Finding => ({
      kind,
      start,
      end: Math.min(text.length, start + length),
      confidence,
    }),
  );
const recipient = fc.record({
  address: fc.constantFrom('a@gmail.com', 'b@payvector.com', 'c@logmein.com', 'd@northwind-it.co.uk', 'bad'),
  domain: fc.constantFrom('gmail.com', 'payvector.com', 'logmein.com', 'northwind-it.co.uk', ''),
  status: fc.constantFrom(...STATUSES),
  processor: fc.option(fc.constantFrom(...processorIds), { nil: undefined }),
  reason: fc.constantFrom('a reason', 'another reason'),
});
const attachment = fc.record({
  name: fc.constantFrom('call.wav', 'notes.pdf', 'voicemail', 'photo.jpg'),
  contentType: fc.constantFrom('audio/mpeg', 'application/pdf', 'image/jpeg'),
});

describe('decideSharing', () => {
  it('decides exactly as the filter-by-filter version did (one pass over the findings)', () => {
    fc.assert(
      fc.property(
        fc.array(finding, { maxLength: 30 }),
        fc.array(recipient, { maxLength: 5 }),
        fc.array(attachment, { maxLength: 2 }),
        fc.option(fc.constantFrom(...categoryIds), { nil: undefined }),
        fc.option(fc.constantFrom(...categoryIds), { nil: undefined }),
        fc.constantFrom('new' as const, 'reply' as const, 'forward' as const),
        (counted, recipients, attachments, draftCategory, originalCategory, composeType) => {
          const facts: SharingFacts = {
            policy: defaultPolicy,
            message,
            findings: counted,
            counted,
            recipients,
            attachments,
            draftCategory,
            originalCategory,
            composeType,
          };
          expect(decideSharing(facts)).toEqual(oracleDecideSharing({ ...facts, text }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names each blocking kind once (its first finding), then counts the rest by kind in order of appearance', () => {
    // Offsets into the body, as the draft's findings index the joined text.
    const at = (kind: PersonalDataKind, start: number, end: number, confidence = 1): Finding => ({
      kind,
      start: bodyStart(message) + start,
      end: bodyStart(message) + end,
      confidence,
    });
    const counted = [
      at('phone', 40, 53),
      at('credential', 29, 39),
      at('card_number', 0, 19),
      at('url', 54, 70),
      at('phone', 40, 53),
      at('credential', 29, 39),
      at('person_name', 54, 58, 0.4),
      at('ip_address', 71, 81),
    ];
    const result = decideSharing({
      policy: defaultPolicy,
      message,
      findings: counted,
      counted,
      recipients: [{ address: 'a@gmail.com', domain: 'gmail.com', status: 'unvetted', reason: 'not vetted' }],
      attachments: [],
      draftCategory: undefined,
      originalCategory: undefined,
      composeType: 'new',
    });
    expect(result.action).toBe('block');
    expect(result.reasons).toEqual([
      'It contains password or access code •••••• and would go to gmail.com (not a vetted processor).',
      'It contains card number •••• 1111 and would go to gmail.com (not a vetted processor).',
      'Personal data would go to gmail.com (not a vetted processor): phone number (2), IP address (1).',
    ]);
  });
});
