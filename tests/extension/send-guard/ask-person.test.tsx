// @vitest-environment happy-dom
/** The dialog on a page: in its own shadow root, resolves once with the choice, gives focus back, banner words. */
import { describe, expect, it } from 'vitest';
import { askPerson, closeDialogs } from '../../../extension/send-guard/ask-person';
import { bannerFor } from '../../../extension/send-guard/compose-banner';
import type { GuardVerdict } from '../../../extension/send-guard/guard-protocol';

const verdict: GuardVerdict = {
  action: 'warn',
  reasons: ['Personal data would go to venue.example (not a vetted processor): phone number (1).'],
  recipients: [{ address: 'a@venue.example', domain: 'venue.example', status: 'unvetted', reason: 'not vetted' }],
  found: [{ kind: 'phone', label: 'phone number', count: 1, samples: ['phone number •••• 0123'] }],
  policyVersion: 't',
};

describe('askPerson', () => {
  it('renders inside a shadow root, resolves with "back", removes itself and returns focus', async () => {
    const send = document.createElement('button');
    document.body.append(send);
    send.focus();
    const choice = askPerson(document, { mode: 'warn', verdict, canRemove: true, confirm: async () => {} });
    const host = document.querySelector('mailguard-dialog');
    const dialog = host?.shadowRoot?.querySelector('[role=dialog]');
    expect(dialog?.textContent).toContain('phone number •••• 0123');
    expect(document.body.textContent).not.toContain('0123');
    const back = [...(dialog?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Go back and edit');
    back?.click();
    expect(await choice).toEqual({ type: 'back' });
    expect(document.querySelector('mailguard-dialog')).toBeNull();
    expect(document.activeElement).toBe(send);
  });

  it('closeDialogs removes an open dialog (content-script teardown)', () => {
    void askPerson(document, { mode: 'block', verdict, canRemove: false, confirm: async () => {} });
    closeDialogs(document);
    expect(document.querySelector('mailguard-dialog')).toBeNull();
  });
});

describe('bannerFor', () => {
  it('says what Send will do, and nothing for an allowed draft', () => {
    expect(bannerFor(verdict)?.text).toMatch(/^Mailguard: Send will ask you for a reason\. Personal data/);
    expect(bannerFor({ ...verdict, action: 'block' })?.tone).toBe('block');
    expect(bannerFor({ ...verdict, action: 'allow' })).toBeNull();
  });
});
