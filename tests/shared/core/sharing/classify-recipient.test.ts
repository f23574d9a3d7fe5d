import { classifyRecipient, defaultPolicy, type Policy } from '../../../../shared';

const now = new Date('2026-11-25T12:00:00Z');
const context = (over: { now?: Date; policy?: Policy; dataSubjects?: string[] } = {}) => ({
  policy: over.policy ?? defaultPolicy,
  now: over.now ?? now,
  dataSubjects: new Set(over.dataSubjects ?? ['colin.price@gmail.com']),
});

describe('classifyRecipient: one status per recipient', () => {
  it.each([
    ['sam.patel@northwind-it.co.uk', 'internal', undefined],
    ['Sam Patel <SAM.PATEL@Northwind-IT.co.uk>', 'internal', undefined],
    ['ops@mail.northwind-it.co.uk', 'internal', undefined],
    ['Colin Price <colin.price@gmail.com>', 'data_subject', undefined],
    ['disputes@payvector.co.uk', 'vetted', 'payvector'],
    ['risk@secure.payvector.com', 'vetted', 'payvector'],
    ['ar@iridiumcorp.co.uk', 'vetted', 'payvector'],
    ['support@logmeinrescue.com', 'vetted', 'logmein'],
    ['portal@callrecording.example', 'vetted', 'call-recording-provider'],
    ['jane.doe@gmail.com', 'unvetted', undefined],
    ['billing@payvect0r.co.uk', 'lookalike', 'payvector'],
    ['not an address', 'invalid', undefined],
    ['jane@', 'invalid', undefined],
    ['jane@localhost', 'invalid', undefined],
    ['', 'invalid', undefined],
  ])('%s → %s', (address, status, processor) => {
    const verdict = classifyRecipient(address, context());
    expect(verdict.status).toBe(status);
    expect(verdict.processor).toBe(processor);
    expect(verdict.reason.length).toBeGreaterThan(10);
  });

  it('treats a processor whose vetting lapsed as unvetted, saying why', () => {
    const after = new Date('2027-10-01T00:00:00Z');
    const verdict = classifyRecipient('disputes@payvector.co.uk', context({ now: after }));
    expect(verdict).toMatchObject({ status: 'unvetted', processor: 'payvector' });
    expect(verdict.reason).toMatch(/vetting lapsed after 2027-09-30/);
    // the last vetted day still counts
    expect(classifyRecipient('a@payvector.com', context({ now: new Date('2027-09-30T23:59:00Z') })).status).toBe(
      'vetted',
    );
  });

  it('checks look-alikes before data subjects: replying to an impostor is still blocked', () => {
    const verdict = classifyRecipient(
      'help@logmein-support.com',
      context({ dataSubjects: ['help@logmein-support.com'] }),
    );
    expect(verdict.status).toBe('lookalike');
  });

  it('gives the domain in lower-case ASCII', () => {
    expect(classifyRecipient('Jane <jane@Bücher.example>', context())).toMatchObject({
      domain: 'xn--bcher-kva.example',
      status: 'unvetted',
    });
  });
});
