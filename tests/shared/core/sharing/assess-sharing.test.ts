import { assessSharing, classifyEmail, type DraftInput } from '../../../../shared';
import { SIGNATURE, STAFF } from '../../../fixtures/emails/fixture';

const now = new Date('2026-11-25T12:00:00Z');
const CARD = '4111 1111 1111 1111';
const draft = (over: Partial<DraftInput>): DraftInput => ({
  from: STAFF.sam,
  to: ['Jane Doe <jane.doe@gmail.com>'],
  subject: 'Hello',
  body: 'Hi Jane,\n\nSee you on Tuesday.',
  ...over,
});
const assess = (over: Partial<DraftInput>, at = now) => assessSharing(draft(over), { now: at });
const originalOf = (body: string, subject = 'Customer mail', from = 'Colin Price <colin.price@gmail.com>') => ({
  from,
  to: [STAFF.helpdesk],
  classification: classifyEmail(
    { from, to: [STAFF.helpdesk], subject, body, receivedAt: '2026-11-20T10:00:00Z' },
    { now },
  ),
});

describe('assessSharing: allow', () => {
  it('lets ordinary external mail with only the firm’s and the recipient’s own details go', () => {
    const result = assess({
      body: `Hi Jane,\n\nThanks for your mail to jane.doe@gmail.com. We can visit on Tuesday.${SIGNATURE('Sam Patel')}\nMobile: 07700 900555`,
    });
    expect(result.action).toBe('allow');
    expect(result.personalData.length).toBeGreaterThan(0); // found, but not counted against the draft
    expect(result.reasons[0]).toMatch(/no personal data beyond/);
  });

  it('lets a reply to the customer carry their own data, even their card number quoted back', () => {
    const original = originalOf(`Please charge ${CARD}.`);
    expect(original.classification.category).toBe('card_data');
    const result = assess({
      to: ['Colin Price <colin.price@gmail.com>'],
      composeType: 'reply',
      original,
      body: `Hi Colin, payment taken; please never send card numbers by mail.${SIGNATURE('Sam')}\n\nOn 20 Nov, Colin wrote:\n> Please charge ${CARD}.`,
    });
    expect(result.recipients[0]?.status).toBe('data_subject');
    expect(result.action).toBe('allow');
  });

  it("lets the firm's own published bank details go on an invoice reminder", () => {
    const body = 'Please pay £96.00 by bank transfer to sort code 20-00-00, account 55779911, quoting NW-4471.';
    expect(assess({ to: ['Mr K Adeyemi <kadeyemi@outlook.com>'], body }).action).toBe('allow');
    expect(assess({ body: 'Our customer banks with sort code 40-11-22, account 31926819.' }).action).toBe('warn');
  });

  it('recognises the data subject however the original wrote their address', () => {
    const result = assess({
      to: ['Colin Price <colin.price@gmail.com>'],
      composeType: 'reply',
      original: { from: 'COLIN.PRICE@GMAIL.COM', to: [STAFF.helpdesk], cc: ['"Price, Ann" <ann.price@gmail.com>'] },
      cc: ['ann.price@gmail.com'],
      body: 'Hi Colin, your date of birth is on file as 01/02/1980.',
    });
    expect(result.recipients.map((r) => r.status)).toEqual(['data_subject', 'data_subject']);
    expect(result.action).toBe('allow');
  });

  it('lets card data be forwarded inside the organisation and to PayVector', () => {
    const body = `FYI\n\n---------- Forwarded message ---------\nPlease charge ${CARD}`;
    expect(assess({ to: [STAFF.accounts], composeType: 'forward', body }).action).toBe('allow');
    expect(assess({ to: ['payments@payvector.co.uk'], body }).action).toBe('allow');
  });

  it('has a reason even with no recipients', () => {
    expect(assess({ to: [] })).toMatchObject({ action: 'allow', reasons: ['There are no recipients yet.'] });
  });
});

describe('assessSharing: warn', () => {
  it('warns when someone else’s personal data goes to an unvetted recipient', () => {
    const result = assess({ body: 'Hi Jane, our customer Colin Price is on 07700 900123.' });
    expect(result.action).toBe('warn');
    expect(result.reasons.join(' ')).toMatch(/Personal data would go to gmail\.com .*phone number \(1\)/);
    expect(result.reasons.join(' ')).not.toContain('900123');
  });

  it('counts a phone number inside quoted mail even though the same kind in a signature is allowed', () => {
    const quoted = `Hi Jane, see below.${SIGNATURE('Sam Patel')}\n\n-----Original Message-----\nFrom: Colin Price\nCall me on 07700 900321`;
    expect(assess({ body: quoted }).action).toBe('warn');
  });

  it('warns when forwarding a personal-data category to an unvetted recipient', () => {
    const original = originalOf('My printer is not working, can you help?', 'Printer fault');
    const result = assess({ composeType: 'forward', original, subject: 'Fw: Printer fault', body: 'FYI' });
    expect(result.action).toBe('warn');
    expect(result.reasons.join(' ')).toMatch(/forwards a mail labelled "Support request"/);
  });

  it('warns when a vetted processor would receive data outside its purposes', () => {
    const result = assess({ to: ['tech@logmein.com'], body: `Card ${CARD}` });
    expect(result.action).toBe('warn');
    expect(result.reasons.join(' ')).toMatch(/LogMeIn is vetted for remote access support sessions, not for card data/);
  });

  it('warns about a lapsed processor receiving personal data, and about unreadable addresses', () => {
    const lapsed = assess(
      { to: ['risk@payvector.co.uk'], body: 'Customer Colin Price, 07700 900123' },
      new Date('2028-01-01'),
    );
    expect(lapsed.action).toBe('warn');
    expect(lapsed.reasons.join(' ')).toMatch(/vetting lapsed/);
    const invalid = assess({ to: ['jane at home'] });
    expect(invalid.action).toBe('warn');
    expect(invalid.recipients[0]?.status).toBe('invalid');
  });

  it('warns when the data subject is joined by an unvetted recipient', () => {
    const result = assess({
      to: ['Colin Price <colin.price@gmail.com>'],
      cc: ['friend@outlook.com'],
      composeType: 'reply',
      original: originalOf('My printer is broken. My date of birth is 01/02/1980.'),
      body: 'Hi Colin, your engineer Ama Boateng will call from 07700 900777.',
    });
    expect(result.recipients.map((r) => r.status)).toEqual(['data_subject', 'unvetted']);
    expect(result.action).toBe('warn');
  });
});

describe('assessSharing: block', () => {
  it.each([
    ['a card number', { body: `Please use ${CARD}` }, /card number •••• 1111/],
    [
      'credentials',
      { body: 'The admin username is bcarter and the password is Spring2026!' },
      /password or access code/,
    ],
    [
      'a call recording attachment',
      { body: 'Recording attached', attachments: [{ name: 'call-0412.wav', contentType: 'audio/wav' }] },
      /attachment \(\.wav\) looks like call recording/,
    ],
  ])('blocks %s going to an unvetted recipient', (_what, over, reason) => {
    const result = assess(over as Partial<DraftInput>);
    expect(result.action).toBe('block');
    expect(result.reasons.join(' ')).toMatch(reason);
  });

  it.each([
    ['card data', `Charge ${CARD} please`, 'Card details'],
    ['remote access', 'Username cprice, password Bluebell77, PC HOME-PC-07 at 192.0.2.44', 'Login details'],
    ['call recording', 'You have a new voicemail. Caller ID 07700 900456', 'New voicemail'],
  ])('blocks a forward of %s mail, even when the body no longer holds the data', (_what, body, subject) => {
    const original = originalOf(body, subject);
    const result = assess({ composeType: 'forward', original, subject: `Fw: ${subject}`, body: 'See below' });
    expect(result.action).toBe('block');
    expect(result.reasons.join(' ')).toMatch(/forwards a mail labelled/);
  });

  it("reads what the draft is about from the writer's own text when the quoted history has its own label", () => {
    // The quoted solicitor's letter is full of legal-order wording; the writer's own text hands over remote-access
    // details. The letter's label counts on its own; its wording must not make the draft read as something milder.
    const letter =
      'We act for Mrs Price. By order of the High Court you are required to produce the records; a sealed order\n' +
      'and penal notice are attached. Contempt of court applies.';
    const original = originalOf(letter, 'Records', 'Arden White Solicitors <litigation@ardenwhite.example>');
    expect(original.classification.category).toBe('legal_order');
    const quoted = `From: Arden White Solicitors <litigation@ardenwhite.example>\nSent: 20 November 2026 09:00\n> ${letter}`;
    const result = assess({
      composeType: 'reply',
      original,
      body: `Here is the log you asked for: PC RECEPTION-01 at 192.0.2.44 connected over LogMeIn at 10:02.\n\n${quoted}`,
    });
    expect(result.action).toBe('block');
    expect(result.reasons.join(' ')).toMatch(/reads as "Remote access" mail/);
  });

  it('blocks any look-alike recipient, even on an empty mail, and names what it imitates', () => {
    for (const to of [
      'billing@payvect0r.co.uk',
      'billing@payvector.co.uk.example-mail.net',
      'billing@xn--pyvector-16g.com',
    ]) {
      const result = assess({ to: [to], body: '' });
      expect(result.action, to).toBe('block');
      expect(result.recipients[0]?.status).toBe('lookalike');
      expect(result.reasons[0]).toMatch(/Imitates payvector/);
    }
  });

  it('blocks a lapsed processor receiving card data', () => {
    expect(assess({ to: ['risk@payvector.co.uk'], body: CARD }, new Date('2028-01-01')).action).toBe('block');
  });

  it('turns an internal failure into a block with a reason, never a silent allow', () => {
    let reads = 0;
    const hostile = {
      ...draft({}),
      get body() {
        reads++;
        if (reads > 1) throw new Error('mail client went away');
        return 'hello';
      },
    };
    const result = assessSharing(hostile, { now });
    expect(result.action).toBe('block');
    expect(result.reasons[0]).toMatch(/could not check this mail \(mail client went away\)/);
  });
});

describe('assessSharing: input checking', () => {
  it('throws a precise TypeError for programmer misuse', () => {
    const bad = (d: unknown) => () => assessSharing(d as DraftInput, { now });
    expect(bad(undefined)).toThrow(/draft must be an object, got undefined/);
    expect(bad({ ...draft({}), to: undefined })).toThrow(/draft\.to must be an array of strings/);
    expect(bad({ ...draft({}), bcc: [null] })).toThrow(/draft\.bcc\[0\] must be a string/);
    expect(bad({ ...draft({}), composeType: 'fwd' })).toThrow(/composeType must be 'new', 'reply' or 'forward'/);
    expect(bad({ ...draft({}), original: { from: 'a@b.com' } })).toThrow(/draft\.original\.to must be an array/);
    expect(bad({ ...draft({}), original: { from: 'a@b.com', to: [], classification: {} } })).toThrow(
      /classification\.category must be a string/,
    );
  });
});
