import { JUSTIFICATION_KEY, recipientsDigest } from '../../../outlook-addin/common/justification';
import { PENDING_EVENTS_KEY } from '../../../outlook-addin/common/pending-events';
import { POLICY_CACHE_KEY } from '../../../outlook-addin/common/policy-cache';
import { defaultPolicy } from '../../../shared/core/policy';
import { PERSONAL_DATA_KINDS } from '../../../shared/core/types';
import { draftSpec, unvetted } from '../fixtures';
import { sendOnce as send } from '../run-handler';

/** A policy whose processor register vets the warn draft's recipient (as an administrator would add one). */
const vetting = {
  ...defaultPolicy,
  version: 'test-vetted',
  processors: [
    ...defaultPolicy.processors,
    {
      id: 'cheap-parts',
      name: 'Cheap Parts',
      domains: ['cheap-parts-online.example'],
      purposes: ['deliveries'],
      vettedUntil: '2099-12-31',
    },
  ],
};

describe('OnMessageSend warnings and justification', () => {
  const warnDraft = {
    to: [unvetted],
    subject: 'Delivery for a customer',
    body: 'Please deliver to Maria Lopez, phone 07700 900123, 12 Harbour Road, Leeds LS1 4AB.',
  };

  it('warns with the Justify button where the client has Mailbox 1.14/1.15', async () => {
    const { result, rt } = await send(draftSpec(warnDraft));
    expect(result.allowEvent).toBe(false);
    expect(result.commandId).toBe('msgComposeOpenPaneButton');
    expect(String(result.cancelLabel).length).toBeLessThanOrEqual(20);
    expect(JSON.parse(String(result.contextData))).toEqual({
      mailguard: 'justify',
      recipients: [unvetted.emailAddress],
    });
    expect(String(result.errorMessage)).toMatch(/business reason|court order/);
    const queued = JSON.parse(String(rt.state.runtimeStorage?.[PENDING_EVENTS_KEY])) as {
      events: { kind: string; recipients: unknown[] }[];
    };
    expect(queued.events[0]?.kind).toBe('warning');
    expect(JSON.stringify(queued)).not.toMatch(/07700|Maria|Harbour/); // the audit queue holds no content
  });

  it('says what to do where the Take-action task pane is missing (Mailbox 1.13)', async () => {
    const { result } = await send(draftSpec(warnDraft, { mailboxVersion: '1.13' }));
    expect(result.allowEvent).toBe(false);
    expect(result.commandId).toBeUndefined();
    expect(String(result.errorMessage)).toMatch(/Open Mailguard from the ribbon/);
  });

  it('says "send again" where sendAsync (Mailbox 1.15) is missing', async () => {
    const { result } = await send(draftSpec(warnDraft, { mailboxVersion: '1.14' }));
    expect(String(result.errorMessage)).toMatch(/Send again/);
  });

  it('lets a warned draft go only with a justification for exactly these recipients and no new kind of data', async () => {
    const stored = (recipients: string[], kinds: readonly string[]) =>
      JSON.stringify({
        justification: { type: 'business', reason: 'Courier needs the delivery address' },
        at: '2026-11-25T10:00:00Z',
        recipients: recipientsDigest(recipients),
        kinds,
      });
    const ok = await send(
      draftSpec({
        ...warnDraft,
        sessionData: { [JUSTIFICATION_KEY]: stored([unvetted.emailAddress], PERSONAL_DATA_KINDS) },
      }),
    );
    expect(ok.result).toEqual({ allowEvent: true });
    const otherRecipients = await send(
      draftSpec({
        ...warnDraft,
        sessionData: { [JUSTIFICATION_KEY]: stored(['someone@else.example'], PERSONAL_DATA_KINDS) },
      }),
    );
    expect(otherRecipients.result.allowEvent).toBe(false);
    const newKinds = await send(
      draftSpec({ ...warnDraft, sessionData: { [JUSTIFICATION_KEY]: stored([unvetted.emailAddress], ['email']) } }),
    );
    expect(newKinds.result.allowEvent).toBe(false);
  });

  it('uses the cached policy: a processor vetted there is allowed; an invalid cache falls back to the default', async () => {
    const ok = await send(draftSpec(warnDraft, { runtimeStorage: { [POLICY_CACHE_KEY]: JSON.stringify(vetting) } }));
    expect(ok.result).toEqual({ allowEvent: true });
    const bad = await send(
      draftSpec(warnDraft, {
        runtimeStorage: { [POLICY_CACHE_KEY]: JSON.stringify({ ...vetting, dueSoonDays: 'soon' }) },
      }),
    );
    expect(bad.result.allowEvent).toBe(false);
  });

  it('reads the policy from roaming settings when the runtime has no OfficeRuntime.storage', async () => {
    const { result } = await send(
      draftSpec(warnDraft, { runtimeStorage: null, roamingSettings: { [POLICY_CACHE_KEY]: JSON.stringify(vetting) } }),
    );
    expect(result).toEqual({ allowEvent: true });
  });
});
