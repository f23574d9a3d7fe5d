import { classifyEmail, defaultPolicy, messageText, type Policy } from '../../../../shared';
import type { EmailInput } from '../../../../shared/core/types';

const now = new Date('2026-11-25T12:00:00Z');
const staff = (name: string) => `${name}@northwind-it.co.uk`;
const mail = (over: Partial<EmailInput>): EmailInput => ({
  from: 'Jo Bloggs <jo.bloggs@example.com>',
  to: [staff('helpdesk')],
  subject: '',
  body: '',
  receivedAt: '2026-11-20T10:00:00Z',
  ...over,
});
const category = (over: Partial<EmailInput>, policy?: Policy) => classifyEmail(mail(over), { now, policy }).category;

describe('classifyEmail: what a mail is about, not who sent it', () => {
  it('files a voicemail notice passed between colleagues as a call recording', () => {
    expect(
      category({
        from: staff('priya.shah'),
        to: [staff('tom.okafor')],
        subject: 'Fw: voicemail',
        body: 'Can you call this customer back? Voicemail attached.',
        attachments: [{ name: 'vm.wav', contentType: 'audio/wav' }],
      }),
    ).toBe('call_recording');
  });

  it("files a customer's card number forwarded internally as card data", () => {
    expect(
      category({
        from: staff('sam.patel'),
        to: [staff('accounts')],
        subject: 'FW: order',
        body: '> Please charge 4111 1111 1111 1111 for the laptop',
      }),
    ).toBe('card_data');
  });

  it('calls staff mail internal only when no customer matter is in it', () => {
    expect(category({ from: staff('tom'), to: [staff('sam')], subject: 'lunch?', body: 'Fancy lunch at 1?' })).toBe(
      'internal',
    );
    expect(
      category({
        from: staff('tom'),
        to: [staff('sam')],
        subject: 'Invoice 204',
        body: 'The customer has paid the invoice.',
      }),
    ).toBe('account_payment');
    // The same chat from outside is not staff mail.
    expect(category({ subject: 'lunch?', body: 'Fancy lunch at 1?' })).toBe('general_comms');
  });
});

describe('classifyEmail: priorities between categories', () => {
  it('puts a card number above a chargeback, a court order above a chargeback, a chargeback above an invoice', () => {
    const card = 'My card is 5555 5555 5555 4444.';
    expect(category({ subject: 'Chargeback on invoice 201', body: card })).toBe('card_data');
    expect(category({ subject: 'Court order', body: 'The court order concerns a chargeback dispute.' })).toBe(
      'legal_order',
    );
    expect(category({ subject: 'Chargeback', body: 'A chargeback was raised on invoice 201, payment reversed.' })).toBe(
      'dispute',
    );
  });

  it('puts a subject access or erasure request above a support matter', () => {
    expect(
      category({ subject: 'Printer problem', body: 'Also, please delete my personal data (right to erasure).' }),
    ).toBe('data_subject_request');
  });

  it('falls back to the default category when nothing matches', () => {
    const result = classifyEmail(mail({ subject: 'Hello', body: 'Hello' }), { now });
    expect(result.category).toBe('general_comms');
    expect(result.reasons[0]).toMatch(/No rule matched/);
  });
});

describe('classifyEmail: rules are data in the policy', () => {
  it('follows a phrase and a whole category the administrator adds', () => {
    const recruitment = {
      ...defaultPolicy.categories.find((c) => c.id === 'internal')!,
      id: 'recruitment',
      title: 'Recruitment',
      rules: { subject: ['job application'], body: ['cv'], attachments: [], kinds: [], weight: 3 },
    };
    const policy: Policy = { ...defaultPolicy, categories: [...defaultPolicy.categories, recruitment] };
    const application = { subject: 'Job application', body: 'Please find my CV attached.' };
    expect(category(application)).not.toBe('recruitment');
    expect(category(application, policy)).toBe('recruitment');
  });

  it('rejects a policy object that does not validate, naming the problem', () => {
    const broken = { ...defaultPolicy, dueSoonDays: -1 } as Policy;
    expect(() => classifyEmail(mail({}), { now, policy: broken })).toThrow(/dueSoonDays/);
  });
});

describe('classifyEmail: reasons, personal data and retention', () => {
  it('names the rule and evidence in plain words, with masked values', () => {
    const result = classifyEmail(
      mail({ subject: 'Chargeback notice', body: 'Reason code 4853 for the chargeback. Call 07700 900123.' }),
      { now },
    );
    expect(result.category).toBe('dispute');
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"Dispute" (has the strongest|is the only category with) evidence/),
        'Subject mentions "chargeback…".',
        expect.stringMatching(/^Text mentions .*"reason code"/),
        expect.stringMatching(/^Personal data found: .*phone number \(1\)/),
        'Kept 6 years (P6Y) on the lawful basis of legitimate interests: until 2032-11-20, then review.',
      ]),
    );
    const card = classifyEmail(mail({ body: 'card 4111 1111 1111 1111' }), { now });
    expect(card.reasons).toContain('Contains card number •••• 1111.');
    expect(card.reasons.join(' ')).not.toContain('4111 1111');
  });

  it('reports findings as offsets into messageText(subject, body)', () => {
    const email = mail({ subject: 'Call me', body: 'My number is 07700 900123.' });
    const result = classifyEmail(email, { now });
    const phone = result.personalData.find((f) => f.kind === 'phone');
    expect(messageText(email.subject, email.body).slice(phone!.start, phone!.end)).toBe('07700 900123');
  });

  it('makes card data due at once and respects a legal hold', () => {
    const card = mail({ body: 'card 4111 1111 1111 1111', receivedAt: now.toISOString() });
    expect(classifyEmail(card, { now }).retention).toEqual({
      period: 'P0D',
      expiresAt: now.toISOString(),
      status: 'expired',
    });
    expect(classifyEmail(card, { now, legalHold: true }).retention.status).toBe('legal_hold');
    const call = mail({ subject: 'voicemail', receivedAt: '2026-09-10T12:00:00Z' });
    expect(classifyEmail(call, { now }).retention).toMatchObject({ period: 'P3M', status: 'due_soon' });
  });
});

describe('classifyEmail: input checking', () => {
  it('throws a precise TypeError for programmer misuse', () => {
    const bad = (email: unknown) => () => classifyEmail(email as EmailInput, { now });
    expect(bad(null)).toThrow(/email must be an object, got null/);
    expect(bad({ ...mail({}), from: undefined })).toThrow(/email\.from must be a string, got undefined/);
    expect(bad({ ...mail({}), to: 'a@b.com' })).toThrow(/email\.to must be an array of strings/);
    expect(bad({ ...mail({}), cc: [1] })).toThrow(/email\.cc\[0\] must be a string/);
    expect(bad({ ...mail({}), receivedAt: 'last Tuesday' })).toThrow(/receivedAt must be an ISO 8601 date-time/);
    expect(bad({ ...mail({}), receivedAt: '2026-02-30T10:00:00Z' })).toThrow(TypeError);
    expect(bad({ ...mail({}), attachments: [{ name: 'a.pdf' }] })).toThrow(/attachments\[0\]\.contentType/);
    expect(() => classifyEmail(mail({}), { now: new Date('x') })).toThrow(/context\.now must be a valid Date/);
  });

  it('handles odd but well-typed mail: empty, unparseable addresses, a 2 MB body', () => {
    expect(classifyEmail(mail({ from: '', to: [], subject: '', body: '' }), { now }).category).toBe('general_comms');
    expect(classifyEmail(mail({ from: 'not an address', to: ['???'] }), { now }).category).toBe('general_comms');
    const huge = classifyEmail(
      mail({ subject: 'Printer fault', body: 'the printer is not working. '.repeat(75_000) }),
      {
        now,
      },
    );
    expect(huge.category).toBe('support_request');
  });
});
