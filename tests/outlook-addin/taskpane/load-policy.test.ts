/** The panes' policy and role: deployed file validated, errors listed, last good copy then default; roles cached. */
import { addinStorage } from '../../../outlook-addin/common/addin-storage';
import { POLICY_CACHE_KEY } from '../../../outlook-addin/common/policy-cache';
import { loadPolicy } from '../../../outlook-addin/taskpane/load-policy';
import { loadRole } from '../../../outlook-addin/taskpane/load-role';
import { defaultPolicy } from '../../../shared/core/policy';

function env(files: Record<string, unknown>, stored: Record<string, string> = {}) {
  const m = new Map(Object.entries(stored));
  return {
    fetchJson: async (name: string) => {
      const f = files[name];
      if (f instanceof Error) throw f;
      return f;
    },
    storage: addinStorage({
      runtime: { getItem: async (k) => m.get(k) ?? null, setItem: async (k, v) => void m.set(k, v) },
    }),
    map: m,
  };
}

describe('loadPolicy', () => {
  it('uses and caches a valid deployed policy', async () => {
    const e = env({ 'policy.json': { ...defaultPolicy, version: 'deployed-1' } });
    const r = await loadPolicy(e);
    expect(r).toMatchObject({ source: 'deployed', problems: [] });
    expect(r.policy.version).toBe('deployed-1');
    expect(JSON.parse(e.map.get(POLICY_CACHE_KEY) ?? '{}').version).toBe('deployed-1');
  });

  it('lists every error of an invalid deployed policy and falls back to the last good copy', async () => {
    const cached = JSON.stringify({ ...defaultPolicy, version: 'last-good' });
    const e = env(
      { 'policy.json': { ...defaultPolicy, version: '', dueSoonDays: 500 } },
      { [POLICY_CACHE_KEY]: cached },
    );
    const r = await loadPolicy(e);
    expect(r.source).toBe('cache');
    expect(r.policy.version).toBe('last-good');
    expect(r.problems.join('\n')).toMatch(/version/);
    expect(r.problems.join('\n')).toMatch(/dueSoonDays/);
    expect(e.map.get(POLICY_CACHE_KEY)).toBe(cached); // the bad file never replaces the good copy
  });

  it('falls back to the built-in default when nothing good exists, saying why', async () => {
    expect(await loadPolicy(env({}))).toMatchObject({
      source: 'default',
      problems: ['No policy.json is deployed beside the add-in.'],
    });
    const r = await loadPolicy(env({ 'policy.json': new Error('policy.json is not valid JSON') }));
    expect(r.source).toBe('default');
    expect(r.problems[0]).toMatch(/not valid JSON/);
  });
});

describe('loadRole', () => {
  it('is manager only when listed in roles.json, and remembers the list offline', async () => {
    const e = env({ 'roles.json': { managers: ['Alex.Manager@northwind-it.co.uk'] } });
    expect(await loadRole(e, 'alex.manager@northwind-it.co.uk')).toBe('manager');
    expect(await loadRole(e, 'sam.staff@northwind-it.co.uk')).toBe('staff');
    const offline = { ...e, fetchJson: async () => Promise.reject(new Error('offline')) };
    expect(await loadRole(offline, 'alex.manager@northwind-it.co.uk')).toBe('manager');
    expect(await loadRole(env({}), 'alex.manager@northwind-it.co.uk')).toBe('staff');
  });
});
