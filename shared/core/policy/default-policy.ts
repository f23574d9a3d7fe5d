/**
 * The default policy, derived from the firm's privacy policy (`shared/reference/privacy-policy.txt`).
 * Each category (one file in `default-categories/`) quotes its clause and gives the reasoning for its period.
 * Administrators replace it with their own through `parsePolicy`.
 */
import { accountPayment } from './default-categories/account-payment';
import { callRecording } from './default-categories/call-recording';
import { cardData } from './default-categories/card-data';
import { dataSubjectRequest } from './default-categories/data-subject-request';
import { dispute } from './default-categories/dispute';
import { generalComms } from './default-categories/general-comms';
import { internal } from './default-categories/internal';
import { legalOrder } from './default-categories/legal-order';
import { marketing } from './default-categories/marketing';
import { remoteAccess } from './default-categories/remote-access';
import { supplierVetted } from './default-categories/supplier-vetted';
import { supportRequest } from './default-categories/support-request';
import { termsUpdate } from './default-categories/terms-update';
import type { Policy } from './schema';

/** The category ids every policy must keep (stored labels, filters and the send guard refer to them). */
export const REQUIRED_CATEGORY_IDS: readonly string[] = [
  'account_payment',
  'terms_update',
  'general_comms',
  'support_request',
  'remote_access',
  'call_recording',
  'card_data',
  'legal_order',
  'dispute',
  'data_subject_request',
  'marketing',
  'supplier_vetted',
  'internal',
];

/** The default policy (synthetic organisation; real processor domains from the privacy policy). */
export const defaultPolicy: Policy = {
  version: '2026-11-25.4', // bump on any rule change: the clients re-label mail labelled under an older version
  organisation: {
    name: 'Northwind IT Support Ltd',
    domains: ['northwind-it.co.uk'],
    // Published on every invoice and signature: never a leak when staff send them.
    contactDetails: [
      '0113 496 0000',
      '14 Harbour Lane, Leeds LS1 9XZ',
      'https://www.northwind-it.co.uk',
      'Sort code 20-00-00',
      'Account number 55779911',
    ],
  },
  processors: [
    {
      id: 'payvector',
      name: 'PayVector (Iridium Corporation)',
      domains: ['payvector.co.uk', 'payvector.com', 'iridiumcorp.co.uk'],
      purposes: ['card payments', 'fraud prevention', 'chargebacks and card disputes'],
      vettedUntil: '2027-09-30',
      categories: ['card_data', 'account_payment', 'dispute', 'supplier_vetted'],
      aliases: ['PayVector', 'Pay Vector', 'Iridium Corporation', 'Iridium Corp'],
    },
    {
      id: 'logmein',
      name: 'LogMeIn',
      domains: ['logmein.com', 'logmeinrescue.com'],
      purposes: ['remote access support sessions'],
      vettedUntil: '2027-06-30',
      categories: ['remote_access', 'support_request', 'supplier_vetted'],
      aliases: ['LogMeIn', 'LogMeIn Rescue'],
    },
    {
      // TODO [2027-01-31]: the administrator names the real call-recording provider and its domains.
      id: 'call-recording-provider',
      name: 'Call-recording provider (named by the administrator)',
      domains: ['callrecording.example'],
      purposes: ['storing call recordings for 3 months', 'call-recording portal for limited staff'],
      vettedUntil: '2027-03-31',
      categories: ['call_recording', 'supplier_vetted'],
      aliases: [],
    },
  ],
  // Order breaks ties between equal scores: the more sensitive category first.
  categories: [
    cardData,
    legalOrder,
    dispute,
    dataSubjectRequest,
    callRecording,
    remoteAccess,
    accountPayment,
    termsUpdate,
    supportRequest,
    marketing,
    supplierVetted,
    generalComms,
    internal,
  ],
  defaultCategory: 'general_comms',
  dueSoonDays: 30,
  subjectStorage: 'truncated',
  allowedSites: [],
  pasteGuard: true,
};
