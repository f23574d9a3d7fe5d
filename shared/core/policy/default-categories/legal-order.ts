import type { PolicyCategory } from '../schema';

/** Court orders and other legal demands to disclose or keep information. */
export const legalOrder: PolicyCategory = {
  id: 'legal_order',
  title: 'Legal order',
  description:
    'A court order, production order, warrant or statutory notice that requires the firm to disclose or keep ' +
    'information, and the mail around answering it.',
  lawfulBasis: 'legal_obligation',
  retention: {
    period: 'P6Y',
    atEnd: 'review',
    rationale:
      "Kept as evidence that a disclosure was lawful. An order's own terms decide: put it on legal hold while they " +
      'require it; otherwise review after 6 years, the limitation period for a claim arising from the disclosure ' +
      '(Limitation Act 1980 ss.2 and 5).',
  },
  clause:
    'We do not sell or give your information to a third party unless specifically ordered to by a court of law with ' +
    'jurisdiction.',
  rules: {
    subject: [
      'court order',
      'production order',
      'disclosure order',
      'witness summons',
      'summons',
      'subpoena',
      'warrant',
      'norwich pharmacal',
      'information notice',
      'order to produce',
      'injunction',
      'preservation',
      'litigation hold',
      'legal hold',
      'disclosure request',
      'order of the court',
    ],
    body: [
      'court order',
      'order of the court',
      'the court orders',
      'by order of',
      'sealed order',
      'production order',
      'disclosure order',
      'witness summons',
      'penal notice',
      'contempt of court',
      'you are ordered',
      'you are required to produce',
      'required to disclose',
      'ordered to disclose',
      'ordered to produce',
      'must disclose',
      'police and criminal evidence act',
      'pace 1984',
      'investigatory powers',
      'search warrant',
      'warrant',
      'high court',
      "magistrates' court",
      'magistrates court',
      'crown court',
      'district judge',
      'schedule 2 exemption',
      'information notice',
      // A demand to keep records ahead of a claim; specific phrases only, since this category weighs 7.
      'preserve all records',
      'preserve any records',
      'preservation notice',
      'preservation of evidence',
      'litigation hold',
      'legal hold',
      'must not be destroyed',
      'pre-action disclosure',
      'we act for',
      'disclosure statement',
    ],
    attachments: [],
    kinds: [],
    weight: 7,
    // An order or a demand to keep records decides what happens to the mail, whatever matter it concerns.
    outranks: ['dispute', 'data_subject_request', 'call_recording', 'account_payment', 'support_request'],
  },
  sharing: 'warn',
};
