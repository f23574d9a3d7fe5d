/** Settings precedence: administrator (managed storage) over the user's own over defaults; bad managed data reported. */
import { describe, expect, it } from 'vitest';
import { LOCAL_KEYS, loadSettings, type PolicyParser } from '../../../extension/background/settings';
import { defaultPolicy, parsePolicy } from '../../../shared/core/policy';

const area = (data: Record<string, unknown>) => ({ get: async () => data });
const parse = parsePolicy as PolicyParser;

describe('settings', () => {
  it('defaults to staff and the built-in policy', async () => {
    const s = await loadSettings({ local: area({}) }, parse, defaultPolicy);
    expect(s).toMatchObject({ role: 'staff', roleLocked: false, policySource: 'default', actor: 'staff member' });
  });

  it("uses the user's role, name and valid policy", async () => {
    const local = area({
      [LOCAL_KEYS.role]: 'manager',
      [LOCAL_KEYS.actor]: ' Jo ',
      [LOCAL_KEYS.policy]: { ...defaultPolicy, version: 'mine' },
    });
    const s = await loadSettings({ local }, parse, defaultPolicy);
    expect(s).toMatchObject({ role: 'manager', actor: 'Jo', policySource: 'local' });
    expect(s.policy.version).toBe('mine');
  });

  it('lets the administrator fix role and policy', async () => {
    const managed = area({ role: 'manager', policyJson: JSON.stringify({ ...defaultPolicy, version: 'admin-3' }) });
    const s = await loadSettings({ local: area({ [LOCAL_KEYS.role]: 'staff' }), managed }, parse, defaultPolicy);
    expect(s).toMatchObject({ role: 'manager', roleLocked: true, policySource: 'managed' });
    expect(s.policy.version).toBe('admin-3');
  });

  it("reports an invalid managed policy and keeps the user's", async () => {
    const managed = area({ policyJson: JSON.stringify({ ...defaultPolicy, dueSoonDays: 'soon' }), role: 'boss' });
    const s = await loadSettings({ local: area({}), managed }, parse, defaultPolicy);
    expect(s.policySource).toBe('default');
    expect(s.managedProblem).toMatch(/administrator's policy is invalid: dueSoonDays/);
    expect(s.managedProblem).toMatch(/unknown role/);
    const notJson = await loadSettings(
      { local: area({}), managed: area({ policyJson: '{oops' }) },
      parse,
      defaultPolicy,
    );
    expect(notJson.managedProblem).toMatch(/not JSON/);
  });

  it('treats a managed area that cannot be read (Firefox without policies) as empty', async () => {
    const managed = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    const s = await loadSettings({ local: area({}), managed }, parse, defaultPolicy);
    expect(s).toMatchObject({ role: 'staff', policySource: 'default' });
    expect(s.managedProblem).toBeUndefined();
  });
});
