import { defaultPolicy } from '../../../../shared/core/policy';
import { computeRetention } from '../../../../shared/core/retention';

const now = new Date('2026-11-25T12:00:00.000Z');
const policy = defaultPolicy; // dueSoonDays 30

describe('computeRetention', () => {
  it('is active well before expiry', () => {
    expect(computeRetention('2026-11-01T08:00:00Z', 'account_payment', { now, policy })).toEqual({
      period: 'P6Y',
      expiresAt: '2032-11-01T08:00:00.000Z',
      status: 'active',
    });
  });

  it('is due soon within dueSoonDays of expiry, and expired from the expiry instant on', () => {
    // call_recording keeps 3 months: received 2026-09-10 expires 2026-12-10 (15 days from now).
    expect(computeRetention('2026-09-10T12:00:00Z', 'call_recording', { now, policy }).status).toBe('due_soon');
    // exactly dueSoonDays ahead counts as due soon; one millisecond more does not
    expect(computeRetention('2026-09-25T12:00:00Z', 'call_recording', { now, policy }).status).toBe('due_soon');
    expect(computeRetention('2026-09-25T12:00:00.001Z', 'call_recording', { now, policy }).status).toBe('active');
    expect(computeRetention('2026-08-25T12:00:00Z', 'call_recording', { now, policy }).status).toBe('expired');
    expect(computeRetention('2026-08-01T00:00:00Z', 'call_recording', { now, policy }).status).toBe('expired');
  });

  it('makes card data due at once (P0D)', () => {
    const r = computeRetention(now.toISOString(), 'card_data', { now, policy });
    expect(r).toEqual({ period: 'P0D', expiresAt: now.toISOString(), status: 'expired' });
  });

  it('lets a legal hold override expiry', () => {
    const r = computeRetention('2020-01-01T00:00:00Z', 'call_recording', { now, policy, legalHold: true });
    expect(r.status).toBe('legal_hold');
    expect(r.expiresAt).toBe('2020-04-01T00:00:00.000Z');
  });

  it('accepts a category object and a Date', () => {
    const category = policy.categories.find((c) => c.id === 'remote_access')!;
    expect(computeRetention(new Date('2026-11-20T00:00:00Z'), category, { now, policy })).toMatchObject({
      period: 'P30D',
      expiresAt: '2026-12-20T00:00:00.000Z',
      status: 'due_soon',
    });
  });

  it('honours a policy with dueSoonDays 0', () => {
    const strict = { ...policy, dueSoonDays: 0 };
    expect(computeRetention('2026-09-10T12:00:00Z', 'call_recording', { now, policy: strict }).status).toBe('active');
  });

  it('throws a TypeError for programmer misuse', () => {
    expect(() => computeRetention('yesterday', 'card_data', { now, policy })).toThrow(/receivedAt must be/);
    expect(() => computeRetention('2026-01-01T00:00:00Z', 'nope', { now, policy })).toThrow(/no category "nope"/);
    expect(() => computeRetention('2026-01-01T00:00:00Z', 'card_data', { now: new Date(Number.NaN), policy })).toThrow(
      TypeError,
    );
  });
});
