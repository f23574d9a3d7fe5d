import type { PolicyCategory } from '../schema';

/** Chargebacks, complaints and claims: anything the firm may have to defend. */
export const dispute: PolicyCategory = {
  id: 'dispute',
  title: 'Dispute',
  description:
    'A chargeback, a formal complaint, a refund dispute or a claim against the firm (or by it), and its evidence.',
  lawfulBasis: 'legitimate_interests',
  retention: {
    period: 'P6Y',
    atEnd: 'review',
    rationale:
      'The policy keeps data for "resolving disputes and enforcing our agreements". A contract claim can be brought ' +
      'for 6 years (Limitation Act 1980 s.5), counted from the resolution: the clock starts at receipt, so the ' +
      'reviewer extends it to 6 years after the dispute closed, and a legal hold covers it while it is open.',
  },
  clause:
    'We retain contact information account data for as long as necessary to provide services and support and fulfil ' +
    'transactions you have requested, or for other essential purposes such as complying with our legal obligations ' +
    'and resolving disputes and enforcing our agreements.',
  rules: {
    subject: [
      'chargeback*',
      'charge back',
      'dispute*',
      'complaint',
      'formal complaint',
      'letter before action',
      'letter before claim',
      'small claim*',
      'retrieval request',
      'refund request',
      'claim against',
      'not happy',
      'unhappy',
      'refund',
    ],
    body: [
      'chargeback*',
      'charge back',
      'dispute*',
      'formal complaint',
      'complain*',
      'reason code',
      'retrieval request',
      'did not authorise',
      "didn't authorise",
      'not authorised',
      'unauthorised transaction',
      'money back',
      'full refund',
      'letter before action',
      'letter before claim',
      'small claim*',
      'money claim',
      'county court claim',
      'ombudsman',
      'trading standards',
      'legal action',
      'breach of contract',
      'compensation',
      'escalate*',
      'not satisfied',
      'unacceptable',
      'refund request',
      'want a refund',
      'demand a refund',
      'take this further',
      'taking this further',
      'with my bank',
      'not happy',
      'go to my bank',
      'want this refunded',
      'very disappointed',
      'fixed nothing',
      'charged me',
    ],
    attachments: [],
    kinds: [],
    weight: 6,
  },
  sharing: 'warn',
};
