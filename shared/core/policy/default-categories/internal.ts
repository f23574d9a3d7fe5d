import type { PolicyCategory } from '../schema';

/** Staff mail with no customer matter in it. */
export const internal: PolicyCategory = {
  id: 'internal',
  title: 'Internal',
  description:
    "Mail between staff about the firm's own running (rotas, leave, meetings, training) with no customer matter in " +
    "it. A customer matter passed between colleagues takes that matter's category instead.",
  lawfulBasis: 'legitimate_interests',
  retention: {
    period: 'P1Y',
    atEnd: 'review',
    rationale:
      "A year covers the office's yearly cycle (rotas, leave, training); HR records belong in the HR system, not in " +
      'mail (storage limitation, UK GDPR Art. 5(1)(e)).',
  },
  clause:
    'Legitimate interests: the processing is necessary for your legitimate interests or the legitimate interests of ' +
    'a third party unless there is a good reason to protect the individual’s personal data which overrides those ' +
    'legitimate interests.',
  rules: {
    subject: [
      'rota',
      'team meeting',
      'staff meeting',
      'lunch',
      'annual leave',
      'holiday request',
      'training',
      'one to one',
      'appraisal',
      'expenses',
      'timesheet*',
      'all hands',
      'minutes',
      'office',
      'social',
      'parking',
      'kitchen',
    ],
    body: [
      'rota',
      'team meeting',
      'staff meeting',
      'lunch',
      'annual leave',
      'holiday',
      'training',
      'one to one',
      'appraisal',
      'expenses',
      'timesheet*',
      'all hands',
      'kitchen',
      'parking',
      'cake',
      'drinks',
      'colleagues',
      'everyone',
      'team',
    ],
    attachments: [],
    kinds: [],
    weight: 1,
    // Staff mail with no customer matter: any other category with evidence of its own wins over it.
    fallback: true,
    participants: 'internal_only',
  },
  sharing: 'allow',
};
