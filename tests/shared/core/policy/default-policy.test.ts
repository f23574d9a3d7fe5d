import { existsSync, readFileSync } from 'node:fs';
import { defaultPolicy } from '../../../../shared/core/policy';

// The reference text sits beside the repository (../shared/reference); the clause check skips when it is absent.
const policyFile = new URL('../../../../../shared/reference/privacy-policy.txt', import.meta.url);
const policyText = existsSync(policyFile) ? readFileSync(policyFile, 'utf8') : undefined;

const byId = (id: string) => {
  const category = defaultPolicy.categories.find((c) => c.id === id);
  if (!category) throw new Error(`no category ${id}`);
  return category;
};

describe('defaultPolicy', () => {
  it('keeps call recordings 3 months and wants card data dealt with at once', () => {
    expect(byId('call_recording').retention.period).toBe('P3M');
    expect(byId('card_data').retention).toMatchObject({ period: 'P0D', atEnd: 'dispose' });
  });

  it('keeps financial, contract and dispute records for the 6-year limitation period', () => {
    for (const id of ['account_payment', 'terms_update', 'dispute']) {
      expect(byId(id).retention.period).toBe('P6Y');
      expect(byId(id).retention.rationale).toMatch(/Limitation Act 1980/);
    }
  });

  it('blocks sharing of card data, call recordings and remote-access mail with unvetted recipients', () => {
    const blocked = defaultPolicy.categories.filter((c) => c.sharing === 'block').map((c) => c.id);
    expect(blocked.sort()).toEqual(['call_recording', 'card_data', 'remote_access']);
  });

  it('names the three processors with the domains the privacy policy implies', () => {
    const domains = Object.fromEntries(defaultPolicy.processors.map((p) => [p.id, p.domains]));
    expect(domains.payvector).toEqual(expect.arrayContaining(['payvector.co.uk', 'payvector.com']));
    expect(domains.logmein).toEqual(expect.arrayContaining(['logmein.com', 'logmeinrescue.com']));
    expect(domains['call-recording-provider']).toEqual(['callrecording.example']);
  });

  it.skipIf(!policyText)('quotes each clause word for word from the privacy policy', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const category of defaultPolicy.categories) {
      expect(flat(policyText ?? ''), category.id).toContain(flat(category.clause));
    }
  });
  if (!policyText) console.log('skipped clause check: ../shared/reference/privacy-policy.txt is absent');
});
