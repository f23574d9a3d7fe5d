import fc from 'fast-check';
import { defaultPolicy, parsePolicy, REQUIRED_CATEGORY_IDS, ROOT_PATH } from '../../../../shared/core/policy';

// biome-ignore lint/suspicious/noExplicitAny: the tests break a copy of the policy in arbitrary ways
type Loose = Record<string, any>;
const clone = () => structuredClone(defaultPolicy) as unknown as Loose;

function errorsOf(input: unknown) {
  const result = parsePolicy(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parsePolicy', () => {
  it('accepts the default policy unchanged, as data and as JSON text', () => {
    const result = parsePolicy(defaultPolicy);
    expect(result.ok).toBe(true);
    expect(parsePolicy(JSON.stringify(defaultPolicy))).toEqual(result);
  });

  it('lower-cases domains and fills optional fields with their defaults', () => {
    const input = clone();
    input.organisation.domains = ['Northwind-IT.co.uk'];
    delete input.pasteGuard;
    delete input.categories[0].rules.body;
    const result = parsePolicy(input);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.policy.organisation.domains).toEqual(['northwind-it.co.uk']);
    expect(result.policy.pasteGuard).toBe(true);
    expect(result.policy.categories[0]?.rules.body).toEqual([]);
  });

  it('reports every schema problem at once, each with its dot path', () => {
    const input = clone();
    input.categories[3].retention.period = '6 years';
    input.categories[2].colour = 'red';
    delete input.categories[1].title;
    input.categories[4].lawfulBasis = 'vital_interests';
    input.dueSoonDays = 'thirty';
    input.processors[0].vettedUntil = '2027-02-30';
    input.processors[1].domains = [];
    input.organisation.domains = ['not a domain'];
    const errors = errorsOf(input);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath['categories.3.retention.period']).toMatch(/ISO 8601 duration/);
    expect(byPath['categories.2.colour']).toBe('is not a known field');
    expect(byPath['categories.1.title']).toBe('is required');
    expect(byPath['categories.4.lawfulBasis']).toMatch(/must be .*consent/);
    expect(byPath.dueSoonDays).toMatch(/must be number/);
    expect(byPath['processors.0.vettedUntil']).toMatch(/real calendar day/);
    expect(byPath['processors.1.domains']).toMatch(/at least one domain/);
    expect(byPath['organisation.domains.0']).toMatch(/domain name/);
    expect(errors).toHaveLength(8);
  });

  it('checks what the schema cannot: unique ids, references, required categories, overlapping domains', () => {
    const input = clone();
    input.categories[5].id = input.categories[4].id; // duplicate, and remote_access now missing
    input.defaultCategory = 'misc';
    input.processors[1].id = 'payvector';
    input.processors[1].categories = ['card_data', 'nope'];
    input.processors[2].domains = ['mail.northwind-it.co.uk'];
    input.processors[1].domains = ['logmein.com', 'secure.payvector.com'];
    const paths = errorsOf(input).map((e) => `${e.path}: ${e.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'categories.5.id: duplicate category id "call_recording"',
        'categories: missing required category "remote_access"',
        'defaultCategory: names no category: "misc"',
        'processors.1.id: duplicate processor id "payvector"',
        'processors.1.categories.1: names no category: "nope"',
        'processors.1.domains.1: "secure.payvector.com" overlaps "payvector.com", which belongs to processor "payvector"',
        'processors.2.domains.0: "mail.northwind-it.co.uk" overlaps "northwind-it.co.uk", which belongs to the organisation',
      ]),
    );
  });

  it('keeps every required category id in the default policy', () => {
    const ids = defaultPolicy.categories.map((c) => c.id);
    for (const id of REQUIRED_CATEGORY_IDS) expect(ids).toContain(id);
  });

  it('answers broken JSON types with a root error instead of throwing', () => {
    for (const input of [undefined, null, 42, true, [], '[]', '{not json', () => 1]) {
      const errors = errorsOf(input);
      expect(errors[0]?.path).toBe(ROOT_PATH);
    }
    expect(errorsOf({}).map((e) => e.path)).toEqual(
      expect.arrayContaining(['version', 'organisation', 'processors', 'categories', 'defaultCategory', 'dueSoonDays']),
    );
  });

  it('survives a hostile object whose getter throws', () => {
    const input = clone();
    Object.defineProperty(input, 'version', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorsOf(input)[0]?.path).toBe(ROOT_PATH);
  });

  it('never throws on arbitrary input and always returns paths and messages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (input) => {
        const result = parsePolicy(input);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(typeof e.path === 'string' && e.message.length > 0).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when arbitrary values replace parts of a valid policy', () => {
    const keys = ['version', 'organisation', 'processors', 'categories', 'defaultCategory', 'dueSoonDays'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const input = clone();
        input[key] = value;
        const result = parsePolicy(input);
        if (!result.ok) expect(result.errors.some((e) => e.path.startsWith(key))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
