/**
 * Synthetic people, mail and settings for the add-in tests (invented names; 07700 900xxx phones; published test
 * cards). The organisation is the default policy's, Northwind IT Support (northwind-it.co.uk).
 */
import { addressHash } from '../../outlook-addin/common/address-hash';
import type { ItemLabel } from '../../outlook-addin/common/item-label';
import type { StubRecipient, StubSpec } from './office-stub/stub-spec';

/** The mailbox owner: a member of staff. */
export const staff = { emailAddress: 'sam.staff@northwind-it.co.uk', displayName: 'Sam Staff' } as const;
/** A manager. */
export const manager = { emailAddress: 'alex.manager@northwind-it.co.uk', displayName: 'Alex Manager' } as const;
/** A customer (data subject). */
export const customer: StubRecipient = { emailAddress: 'maria.lopez@mailbox.example', displayName: 'Maria Lopez' };
/** A third party that is no vetted processor. */
export const unvetted: StubRecipient = {
  emailAddress: 'orders@cheap-parts-online.example',
  displayName: 'Cheap Parts Online',
};
/** A lookalike of the vetted processor PayVector (payvector.co.uk). */
export const lookalike: StubRecipient = {
  emailAddress: 'billing@payvector.co.uk.secure-pay.example',
  displayName: 'PayVector Billing',
};
/** A colleague. */
export const colleague: StubRecipient = { emailAddress: 'priya.shah@northwind-it.co.uk', displayName: 'Priya Shah' };

/** A label the task pane stored for a customer's card-payment mail (participants hashed). */
export function cardDataLabel(
  participants: readonly string[] = [customer.emailAddress, staff.emailAddress],
): ItemLabel {
  return {
    v: 1,
    category: 'card_data',
    lawfulBasis: 'contract',
    period: 'P0D',
    expiresAt: '2026-11-20T09:30:00.000Z',
    status: 'expired',
    kinds: { card_number: 1, phone: 1 },
    reasons: ['A card number was found in the message.'],
    policyVersion: '2026-11-25.4',
    labelledAt: '2026-11-20T10:00:00.000Z',
    participants: participants.map(addressHash),
  };
}

/** A support mail label (customer's own details). */
export function supportLabel(): ItemLabel {
  return {
    ...cardDataLabel(),
    category: 'support_request',
    period: 'P2Y',
    status: 'active',
    kinds: { phone: 1, postal_address: 1 },
    expiresAt: '2028-11-20T09:30:00.000Z',
  };
}

/** A draft spec with sensible defaults. */
export function draftSpec(item: Partial<NonNullable<StubSpec['item']>>, extra: Partial<StubSpec> = {}): StubSpec {
  return {
    user: staff,
    mailboxVersion: '1.15',
    item: {
      mode: 'compose',
      from: staff,
      to: [],
      cc: [],
      bcc: [],
      subject: '',
      body: '',
      attachments: [],
      composeType: 'newMail',
      conversationId: 'conv-1',
      ...item,
    },
    runtimeStorage: {},
    ...extra,
  };
}

/** A forwarded card-payment mail (classic Outlook: the forward carries the original text). */
export const forwardedCardBody = [
  'Can you sort this order out for the customer?',
  '',
  '-----Original Message-----',
  'From: Maria Lopez <maria.lopez@mailbox.example>',
  'Sent: 20 November 2026 09:30',
  'To: Sam Staff <sam.staff@northwind-it.co.uk>',
  'Subject: Payment for invoice 20931',
  '',
  'Hello, please take the payment for invoice 20931 with my card 4111 1111 1111 1111, expiry 09/28.',
  'You can call me on 07700 900123 if there is a problem.',
  'Maria Lopez',
].join('\n');
