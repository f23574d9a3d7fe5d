import type { PolicyCategory } from '../schema';

/** A person exercising their data-protection rights (access, erasure, rectification, objection). */
export const dataSubjectRequest: PolicyCategory = {
  id: 'data_subject_request',
  title: 'Data subject request',
  description:
    'A subject access request, an erasure ("right to be forgotten") request, or another request under UK GDPR ' +
    'Articles 15-22, and the reply. Answer within one month.',
  lawfulBasis: 'legal_obligation',
  retention: {
    period: 'P6Y',
    atEnd: 'review',
    rationale:
      'UK GDPR Art. 5(2) makes the firm show it answered the request (and, for erasure, keep a minimal suppression ' +
      'record). A compensation claim under the Data Protection Act 2018 s.168 can be brought for 6 years (Limitation ' +
      'Act 1980 s.2).',
  },
  clause:
    'If you email us, we will keep the content of your message, your email address, and your contact information to ' +
    'respond to your request.',
  rules: {
    subject: [
      'subject access request',
      'subject access',
      'data subject request',
      'dsar',
      'sar',
      'right to erasure',
      'erasure request',
      'right to be forgotten',
      'delete my data',
      'delete my personal data',
      'delete my details',
      'my personal data',
      'gdpr request',
      'data protection request',
      'rectification',
      'data portability',
    ],
    body: [
      'subject access request',
      'subject access',
      'article 15',
      'article 16',
      'article 17',
      'article 20',
      'article 21',
      'right of access',
      'right to erasure',
      'right to be forgotten',
      'erase my',
      'erase all',
      'delete my personal data',
      'delete all my data',
      'delete my data',
      'delete my details',
      'delete all personal data',
      'remove my details',
      'personal data you hold',
      'information you hold about me',
      'data you hold about me',
      'data you hold on me',
      'copy of my personal data',
      'copy of all personal data',
      'copy of the personal data',
      'withdraw my consent',
      'object to the processing',
      'restrict processing',
      'rectify',
      'data portability',
      'one calendar month',
      'uk gdpr',
      'gdpr',
      'data protection act',
    ],
    attachments: [],
    kinds: [],
    weight: 6,
  },
  sharing: 'warn',
};
