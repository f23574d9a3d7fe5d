import type { PolicyCategory } from '../schema';

/** Invoices, payments, statements and account status. */
export const accountPayment: PolicyCategory = {
  id: 'account_payment',
  title: 'Account and payment',
  description:
    'Invoices, quotes, receipts, statements, direct debits, overdue reminders and other account or payment status ' +
    'mail (without a full card number, which is card data).',
  lawfulBasis: 'contract',
  retention: {
    period: 'P6Y',
    atEnd: 'review',
    rationale:
      'Financial and contract records: HMRC expects business and VAT records to be kept for 6 years, and a contract ' +
      'claim can be brought for 6 years (Limitation Act 1980 s.5).',
  },
  clause:
    'We reserve the right to send you information regarding your account with us (for example, but not limited to: ' +
    'Account and payment status, updates to terms and conditions, general customer communications, e.g price ' +
    'changes, opening hours).',
  rules: {
    subject: [
      'invoice*',
      'payment*',
      'receipt',
      'statement',
      'direct debit',
      'overdue',
      'remittance',
      'balance',
      'billing',
      'bill',
      'quote',
      'quotation',
      'purchase order',
      'credit note',
      'renewal',
      'subscription',
      'your account',
      'account status',
      'paid',
      'inv',
    ],
    body: [
      'invoice*',
      'payment*',
      'paid',
      'receipt',
      'statement',
      'direct debit',
      'standing order',
      'overdue',
      'outstanding balance',
      'balance',
      'amount due',
      'due date',
      'remittance',
      'bacs',
      'bank transfer',
      'sort code',
      'account number',
      'credit note',
      'purchase order',
      'po number',
      'billing',
      'subscription',
      'renewal',
      'vat',
      'quote',
      'quotation',
      'pro rata',
      'inv',
      'transferred',
    ],
    attachments: [],
    kinds: ['iban', 'uk_bank_account'],
    weight: 2,
  },
  sharing: 'warn',
};
