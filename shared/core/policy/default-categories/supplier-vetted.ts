import type { PolicyCategory } from '../schema';

/** Vetting and managing third-party processors: agreements, security reviews, certificates. */
export const supplierVetted: PolicyCategory = {
  id: 'supplier_vetted',
  title: 'Supplier vetting',
  description:
    'Mail with or about the vetted processors (PayVector, LogMeIn, the call-recording provider): data processing ' +
    'agreements, security reviews, certificates, service notices.',
  lawfulBasis: 'legal_obligation',
  retention: {
    period: 'P6Y',
    atEnd: 'review',
    rationale:
      'UK GDPR Art. 28(1) and 32 require using only processors with sufficient guarantees: the vetting record is ' +
      'evidence of that for the life of the contract and the 6-year limitation period after it (Limitation Act 1980 ' +
      's.5). Review at the end in case the contract still runs.',
  },
  clause:
    'Any third parties we use will be vetted for adequate security and checked for compliance with the GDPR as part ' +
    'of our security measures review.',
  rules: {
    subject: [
      'data processing agreement',
      'dpa',
      'security review',
      'due diligence',
      'vendor assessment',
      'supplier assessment',
      'security questionnaire',
      'vetting',
      'iso 27001',
      'soc 2',
      'pci dss',
      'attestation',
      'sub-processor*',
      'service review',
      'contract renewal',
      'scheduled maintenance',
    ],
    body: [
      'data processing agreement',
      'data processing addendum',
      'dpa',
      'security review',
      'due diligence',
      'vendor',
      'supplier',
      'sub-processor*',
      'iso 27001',
      'iso/iec 27001',
      'soc 2',
      'soc2',
      'pci dss',
      'attestation of compliance',
      'penetration test',
      'pen test',
      'security questionnaire',
      'questionnaire',
      'vetting',
      'certificate',
      'standard contractual clauses',
      'international data transfer',
      'scheduled maintenance',
      'maintenance window',
      'release notes',
      'account manager',
    ],
    attachments: [],
    kinds: [],
    weight: 2,
    participants: 'with_processor',
  },
  sharing: 'warn',
};
