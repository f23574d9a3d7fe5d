/** The Smart Alerts text: within Outlook's 500 characters, always ending with what the user can do. */
import { alertMessage, guardErrorMessage, MAX_ALERT_CHARS } from '../../../outlook-addin/launchevent/alert-message';
import { completeOnce } from '../../../outlook-addin/launchevent/complete-once';
import type { SharingDecision } from '../../../shared/core/types';

const decision = (action: SharingDecision['action'], reasons: string[]): SharingDecision => ({
  action,
  personalData: [{ kind: 'phone', start: 0, end: 13, confidence: 0.9 }],
  reasons,
  recipients: [
    {
      address: 'orders@cheap-parts-online.example',
      domain: 'cheap-parts-online.example',
      status: 'unvetted',
      reason: 'not a vetted processor',
    },
  ],
});

describe('alert message', () => {
  it('fits 500 characters with long reasons and keeps the remedy', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Reason ${i} ${'with many words '.repeat(12)}`);
    for (const action of ['warn', 'block'] as const) {
      const text = alertMessage(decision(action, long), { subject: '', body: '07700 900123' }, 'take-action-and-send');
      expect(text.length).toBeLessThanOrEqual(MAX_ALERT_CHARS);
      expect(text).toMatch(action === 'warn' ? /Justify/ : /cannot be overridden/);
      if (action === 'block') expect(text).not.toMatch(/Justify/);
    }
  });

  it('names what was found and where it would go when the core gave no reasons', () => {
    const text = alertMessage(decision('warn', []), { subject: '', body: '07700 900123' }, 'open-pane-then-send-again');
    expect(text).toContain('phone');
    expect(text).toContain('orders@cheap-parts-online.example');
    expect(text).toMatch(/Open Mailguard from the ribbon/);
  });

  it('explains a guard failure without allowing', () => {
    expect(guardErrorMessage(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(MAX_ALERT_CHARS);
  });
});

describe('completeOnce', () => {
  it('passes only the first completion to Outlook', () => {
    const calls: unknown[] = [];
    const complete = completeOnce({ completed: (o) => calls.push(o) });
    expect(complete({ allowEvent: false })).toBe(true);
    expect(complete({ allowEvent: true })).toBe(false);
    expect(calls).toEqual([{ allowEvent: false }]);
  });
});
