// @vitest-environment happy-dom
/**
 * The options page over a fake background: per-field errors from the background's parsePolicy reply, and a read-only
 * view (no save, no import, role fixed) when the administrator manages role and policy.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../extension/entrypoints/options/options-app';
import type { SettingsView } from '../../extension/messaging/protocol';
import { setTransport } from '../../extension/messaging/send-request';
import { defaultPolicy } from '../../shared/core/policy';

// The page also holds the send guard's optional-permission section; it asks the permissions API.
vi.mock('wxt/browser', () => ({
  browser: { permissions: { contains: async () => false, request: async () => false, remove: async () => true } },
}));

const settings = (over: Partial<SettingsView> = {}): SettingsView => ({
  role: 'staff',
  roleLocked: false,
  actor: 'Sam',
  policyJson: JSON.stringify(defaultPolicy),
  policyVersion: defaultPolicy.version,
  policySource: 'default',
  categories: defaultPolicy.categories.map((c) => ({ id: c.id, title: c.title })),
  ...over,
});

afterEach(() => {
  cleanup();
  setTransport(undefined);
});

describe('options page', () => {
  it('shows each parsePolicy error beside its field and sends the edited policy', async () => {
    const sent: unknown[] = [];
    setTransport(async (m) => {
      const r = m as { type: string; policy?: unknown };
      if (r.type === 'getSettings') return { ok: true, value: settings() };
      if (r.type === 'savePolicy') {
        sent.push(r.policy);
        return {
          ok: true,
          value: { ok: false, errors: [{ path: 'processors.0.vettedUntil', message: 'must be a real calendar day' }] },
        };
      }
      return { ok: false, error: `unexpected ${r.type}` };
    });
    render(<OptionsApp />);
    const vetted = await screen.findByLabelText(`${defaultPolicy.processors[0]!.name} vetted until`);
    fireEvent.input(vetted, { target: { value: '2027-02-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() =>
      expect(document.querySelector('[data-error-path="processors.0.vettedUntil"]')?.textContent).toBe(
        'must be a real calendar day',
      ),
    );
    expect((sent[0] as typeof defaultPolicy).processors[0]!.vettedUntil).toBe('2027-02-30');
    expect(vetted.getAttribute('aria-describedby')).toBe('err-processors.0.vettedUntil');
  });

  it('is read-only when the administrator manages role and policy', async () => {
    setTransport(async () => ({
      ok: true,
      value: settings({ role: 'manager', roleLocked: true, policySource: 'managed' }),
    }));
    render(<OptionsApp />);
    await screen.findByTestId('managed-banner');
    expect(screen.getByText(/Role \(set by your administrator\)/)).toBeTruthy();
    for (const radio of screen.getAllByRole('radio'))
      expect((radio as HTMLInputElement).closest('fieldset')?.disabled).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Save policy' }).closest('fieldset') as HTMLFieldSetElement).disabled,
    ).toBe(true);
    expect(screen.queryByLabelText(/Import policy JSON/)).toBeNull();
  });
});
