import type { PolicyCategory } from '../schema';

/** Changes to the terms and conditions, contracts and the privacy notice. */
export const termsUpdate: PolicyCategory = {
  id: 'terms_update',
  title: 'Terms update',
  description: 'Notice of new or changed terms and conditions, service agreements or the privacy notice.',
  lawfulBasis: 'contract',
  retention: {
    period: 'P6Y',
    atEnd: 'review',
    rationale:
      'Evidence of which terms a customer was told of, and when; a contract claim can be brought for 6 years ' +
      '(Limitation Act 1980 s.5).',
  },
  clause:
    'We reserve the right to send you information regarding your account with us (for example, but not limited to: ' +
    'Account and payment status, updates to terms and conditions, general customer communications, e.g price ' +
    'changes, opening hours).',
  rules: {
    subject: [
      'terms and conditions',
      'terms & conditions',
      't&cs',
      'terms of service',
      'terms of business',
      'updated terms',
      'new terms',
      'changes to our terms',
      'privacy policy',
      'privacy notice',
      'service agreement',
      'service level agreement',
      'support agreement',
      'changes to your',
    ],
    body: [
      'terms and conditions',
      'terms & conditions',
      't&cs',
      'terms of service',
      'terms of business',
      'updated our terms',
      'update to our terms',
      'changes to our terms',
      'changes to the terms',
      'new terms',
      'revised terms',
      'contract terms',
      'privacy policy',
      'privacy notice',
      'service level agreement',
      'come into effect',
      'comes into effect',
      'take effect',
      'takes effect',
      'notice period',
      'revised agreement',
      'updated agreement',
      'minimum term',
      'do not agree',
      'you may cancel',
      'changes to your',
      'service agreement',
    ],
    attachments: [],
    kinds: [],
    weight: 3,
  },
  sharing: 'warn',
};
