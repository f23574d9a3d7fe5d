import type { PolicyCategory } from '../schema';

/** General customer communications: opening hours, price changes, announcements, and anything unmatched. */
export const generalComms: PolicyCategory = {
  id: 'general_comms',
  title: 'General communications',
  description:
    'General customer communications such as opening hours, price changes and announcements; also any customer ' +
    'mail no other category recognises.',
  lawfulBasis: 'legitimate_interests',
  retention: {
    period: 'P2Y',
    atEnd: 'review',
    rationale:
      'The policy keeps a message "to respond to your request"; after 2 years a general message has served that ' +
      'purpose and storage limitation (UK GDPR Art. 5(1)(e)) says let it go. Review, since unmatched mail lands here.',
  },
  clause:
    'We reserve the right to send you information regarding your account with us (for example, but not limited to: ' +
    'Account and payment status, updates to terms and conditions, general customer communications, e.g price ' +
    'changes, opening hours).',
  rules: {
    subject: [
      'opening hours',
      'office hours',
      'closure',
      'closed',
      'bank holiday',
      'price change*',
      'price increase',
      'price list',
      'new prices',
      'announcement',
      'moving office',
      'new address',
      'new phone number',
      'welcome',
      'thank you',
      'new office',
      'we have moved',
      "we've moved",
      'change of address',
      'opening times',
    ],
    body: [
      'opening hours',
      'office hours',
      'open from',
      'closed on',
      'will be closed',
      'christmas',
      'new year',
      'bank holiday',
      'price change*',
      'price increase',
      'new prices',
      'price list',
      'pricing',
      'we are moving',
      'new address',
      'new office',
      'thank you for your custom',
      'pleased to announce',
      'we have moved',
      'moved to',
      'change of address',
      'opening times',
      'dear customer',
      'dear customers',
      'dear valued customer',
      'all our customers',
      'our customers',
    ],
    attachments: [],
    kinds: [],
    weight: 1,
  },
  sharing: 'warn',
};
