import { classifyEmail, defaultPolicy, type Policy, parsePolicy } from '../../../../shared';
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
const classify = (over: Partial<EmailInput>, policy?: Policy) => classifyEmail(mail(over), { now, policy });

/** The default policy with one category's rules changed (validated, so the classifier accepts it). */
function withRules(id: string, rules: Partial<Policy['categories'][number]['rules']>): Policy {
  const json = structuredClone(defaultPolicy) as Policy;
  const category = json.categories.find((c) => c.id === id);
  if (!category) throw new Error(id);
  Object.assign(category.rules, rules);
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

describe('chooseCategory: priorities a score cannot express', () => {
  const orderAboutComplaint = {
    subject: 'Complaint ref 3391 - unhappy with refund',
    body: 'Further to the complaint and the chargeback, the court orders you to produce the records. Penal notice attached.',
  };

  it('keeps a legal order a legal order when it also talks about a dispute, and says why', () => {
    const result = classify(orderAboutComplaint);
    expect(result.category).toBe('legal_order');
    expect(result.reasons.join('\n')).toMatch(/"Legal order" takes priority over "Dispute"/);
  });

  it('gives equal scores to the more sensitive category (policy order), however many words the other has', () => {
    const complaint = classify({
      subject: 'Engineer visit',
      body: "The printer is still not working after your engineer's visit. This is unacceptable.",
    });
    expect(complaint.category).toBe('dispute');
    expect(complaint.reasons[0]).toBe(
      '"Dispute" and "Support request" score the same (6); "Dispute" comes first in the policy.',
    );
    expect(
      classify({ subject: 'Re: your visit', body: 'Could you remote in? The printer is still not working.' }).category,
    ).toBe('remote_access');
  });

  it('takes the priority from the policy data: without `outranks` the stronger score wins', () => {
    expect(classify(orderAboutComplaint, withRules('legal_order', { outranks: [] })).category).toBe('dispute');
  });

  it('needs evidence of its own before outranking (one passing word is not enough)', () => {
    const result = classify({
      subject: 'Formal complaint: chargeback',
      body: 'I will take this to the high court if I must. I dispute the charge and want a full refund.',
    });
    expect(result.category).toBe('dispute');
  });

  it('does not let the heavy categories take everyday words (keeping files, losing data)', () => {
    expect(
      classify({
        subject: 'Files',
        body: 'Is there a way to preserve all documents when we move to the new laptop?',
      }).category,
    ).toBe('support_request');
    expect(
      classify({ subject: 'Laptop crashed', body: 'I lost my data after the laptop crashed. Can you help?' }).category,
    ).toBe('support_request');
    expect(classify({ subject: 'Excel', body: "Excel won't launch since this morning." }).category).toBe(
      'support_request',
    );
  });

  it("files a colleague passing on customers' fault as a support request, not internal or an announcement", () => {
    const result = classify({
      from: staff('sam.patel'),
      to: [staff('helpdesk')],
      subject: 'Portal',
      body: "Some of our customers can't log in to the booking portal since the update.",
    });
    expect(result.category).toBe('support_request');
  });

  it('files staff mail that carries a customer announcement as that announcement, not internal', () => {
    const result = classify({
      from: staff('office'),
      to: [staff('all-customers')],
      subject: 'Office closure',
      body: 'Dear customers, we will be closed on the bank holiday and reopen on Tuesday.',
    });
    expect(result.category).toBe('general_comms');
  });

  it('still files staff-only mail about the office as internal', () => {
    const result = classify({
      from: staff('office'),
      to: [staff('tom.okafor')],
      subject: 'Office parking',
      body: 'The car park is being resurfaced on Friday, so please use the street.',
    });
    expect(result.category).toBe('internal');
  });

  it('files staff-only mail as internal when the only other evidence is one passing word', () => {
    // "ticket" is a support word, but a new starter's welcome is the firm's own running.
    const result = classify({
      from: staff('sam.patel'),
      to: [staff('helpdesk')],
      subject: 'New starter Monday',
      body: 'Aisha joins on Monday. Please show her round the ticket system.',
    });
    expect(result.category).toBe('internal');
    expect(result.reasons[0]).toBe(
      '"Internal" and "Support request" score the same (2); "Internal" has more evidence of its own.',
    );
    // The same word from a customer is still a support matter, and so is staff mail with real evidence of one.
    expect(classify({ subject: 'New starter Monday', body: 'Please show her round the ticket system.' }).category).toBe(
      'support_request',
    );
    const fault = classify({
      from: staff('sam.patel'),
      to: [staff('helpdesk')],
      subject: 'Printer jammed',
      body: 'The printer at Fenwick Dental is jammed again and they need it fixed today.',
    });
    expect(fault.category).toBe('support_request');
  });

  it.each([
    ['We received a court order about the Whitfield account today.', 'legal_order'],
    ['Jo Bloggs has sent a subject access request, can you deal with it?', 'data_subject_request'],
    ['The florist asked for a chargeback on last month.', 'dispute'],
    ['Can you send me the recording of the call with Fenwick Dental?', 'call_recording'],
  ])('keeps staff mail with one mention of a weightier matter in that matter: %j', (body, expected) => {
    const result = classify({ from: staff('sam.patel'), to: [staff('priya.shah')], subject: 'Quick one', body });
    expect(result.category).toBe(expected);
  });

  it("files a processor's mail outside its vetted purposes as supplier vetting", () => {
    // PayVector is vetted for card payments, disputes and supplier vetting, not remote access or support.
    const result = classify({
      from: 'PayVector Accounts <accounts@payvector.com>',
      to: [staff('sam.patel')],
      subject: 'Remote desktop licence for your terminal',
      body: 'Your remote support licence for the PayVector terminal is included in the plan.',
    });
    expect(result.category).toBe('supplier_vetted');
    expect(result.reasons.join('\n')).toMatch(/vetted processor writing about something outside its vetted purposes/);
  });

  it("keeps a processor's mail about its vetted purpose (a chargeback) in that purpose's category", () => {
    const result = classify({
      from: 'PayVector Disputes <disputes@payvector.com>',
      to: [staff('accounts')],
      subject: 'Chargeback raised',
      body: 'A cardholder has raised a chargeback, reason code 4853. Please send evidence within 10 days.',
    });
    expect(result.category).toBe('dispute');
  });

  it("does not count a processor's own name as topic evidence when that processor takes part", () => {
    const fromLogMeIn = classify({
      from: 'LogMeIn <news@logmein.com>',
      to: [staff('sam.patel')],
      subject: 'LogMeIn Rescue',
      body: 'LogMeIn Rescue',
    });
    expect(fromLogMeIn.category).toBe('supplier_vetted');
    // The same words from a customer are about a remote session.
    expect(classify({ subject: 'LogMeIn Rescue', body: 'LogMeIn Rescue' }).category).toBe('remote_access');
  });

  it('rejects a policy whose `outranks` names a missing category', () => {
    const json = structuredClone(defaultPolicy) as Policy;
    (json.categories[0] as { rules: { outranks?: string[] } }).rules.outranks = ['no_such_category'];
    const parsed = parsePolicy(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain('categories.0.rules.outranks.0');
  });

  it('survives a cycle of `outranks` in a custom policy', () => {
    const cyclic = withRules('dispute', { outranks: ['legal_order'] });
    expect(['legal_order', 'dispute']).toContain(classify(orderAboutComplaint, cyclic).category);
  });
});
