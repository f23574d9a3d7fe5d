/**
 * The send guard as Outlook runs it: the built launchevent.js in a bare vm context (no DOM) with the Office stub,
 * events fired through the registered names. Every case checks `event.completed` was called exactly once.
 */

import { ITEM_LABEL_PROPERTY } from '../../../outlook-addin/common/item-label';
import { JUSTIFICATION_KEY, recipientsDigest } from '../../../outlook-addin/common/justification';
import { LABEL_CACHE_KEY } from '../../../outlook-addin/common/label-cache';
import { PENDING_EVENTS_KEY } from '../../../outlook-addin/common/pending-events';
import { POLICY_CACHE_KEY } from '../../../outlook-addin/common/policy-cache';
import { WATCHDOG_MS } from '../../../outlook-addin/launchevent/on-message-send';
import { defaultPolicy } from '../../../shared/core/policy';
import { PERSONAL_DATA_KINDS } from '../../../shared/core/types';
import {
  cardDataLabel,
  colleague,
  customer,
  draftSpec,
  forwardedCardBody,
  lookalike,
  supportLabel,
  unvetted,
} from '../fixtures';
import type { StubSpec } from '../office-stub/stub-spec';
import { type Completion, loadHandlerRuntime } from '../run-handler';

async function send(spec: StubSpec) {
  const rt = await loadHandlerRuntime(spec);
  const completions = await rt.fire('onMessageSendHandler');
  expect(completions, 'event.completed must be called exactly once').toHaveLength(1);
  return { rt, result: completions[0] as Completion & Record<string, unknown> };
}

describe('OnMessageSend (launchevent.js in a bare JavaScript context)', () => {
  it('stops a forward of card data to an unvetted domain, naming the problem', async () => {
    const { result, rt } = await send(
      draftSpec({
        composeType: 'forward',
        to: [unvetted],
        subject: 'FW: Payment for invoice 20931',
        body: forwardedCardBody,
      }),
    );
    expect(result.allowEvent).toBe(false);
    const msg = String(result.errorMessage);
    expect(msg).toMatch(/card number/i);
    expect(msg).toContain(unvetted.emailAddress);
    expect(msg).not.toContain('4111 1111 1111 1111');
    expect(msg.length).toBeLessThanOrEqual(500);
    expect(result.commandId).toBeUndefined(); // a block has no way round
    expect(rt.state.calls).toEqual(
      expect.arrayContaining([
        'body.getAsync',
        'getAttachmentsAsync',
        'getComposeTypeAsync',
        'to.getAsync',
        'bcc.getAsync',
      ]),
    );
  });

  it('stops an Outlook-on-the-web forward (new text only) of a mail the pane labelled card data', async () => {
    const cache = JSON.stringify({ 'conv-card': cardDataLabel() });
    const { result } = await send(
      draftSpec(
        {
          composeType: 'forward',
          conversationId: 'conv-card',
          to: [unvetted],
          subject: 'FW: Payment for invoice 20931',
          body: 'Can you sort this order out?',
        },
        { runtimeStorage: { [LABEL_CACHE_KEY]: cache } },
      ),
    );
    expect(result.allowEvent).toBe(false);
    expect(String(result.errorMessage)).toContain(unvetted.emailAddress);
  });

  it('allows a reply to the customer with their own details (label copied onto the draft, classic Outlook)', async () => {
    const body =
      'Hello Maria, we have updated your phone number to 07700 900123 as you asked.\n\nSam Staff\nNorthwind IT Support';
    const { result } = await send(
      draftSpec({
        composeType: 'reply',
        to: [customer],
        subject: 'RE: Change of phone number',
        body,
        customProperties: { [ITEM_LABEL_PROPERTY]: JSON.stringify(supportLabel()) },
      }),
    );
    expect(result).toEqual({ allowEvent: true });
  });

  it('allows a reply to the customer found through the conversation cache (Outlook on the web)', async () => {
    const { result } = await send(
      draftSpec(
        {
          composeType: 'reply',
          conversationId: 'conv-sup',
          to: [customer],
          subject: 'RE: Printer',
          body: 'Hello Maria, your engineer will call you on 07700 900123 tomorrow.',
        },
        { runtimeStorage: { [LABEL_CACHE_KEY]: JSON.stringify({ 'conv-sup': supportLabel() }) } },
      ),
    );
    expect(result).toEqual({ allowEvent: true });
  });

  it('stops mail to a lookalike of a vetted processor', async () => {
    const { result } = await send(
      draftSpec({
        to: [lookalike],
        subject: 'Refund for Maria Lopez',
        body: 'Please refund the payment for invoice 20931.',
      }),
    );
    expect(result.allowEvent).toBe(false);
    expect(String(result.errorMessage)).toMatch(/imitates|lookalike/i);
    expect(String(result.errorMessage)).toContain(lookalike.emailAddress);
  });

  it.each(['fail', 'throw'] as const)(
    'never allows when body.getAsync does %s: not allowed, with an explanation',
    async (mode) => {
      const { result, rt } = await send(
        draftSpec({ to: [colleague], body: 'Lunch?' }, { failures: { 'body.getAsync': mode } }),
      );
      expect(result.allowEvent).toBe(false);
      expect(String(result.errorMessage)).toMatch(/could not check this message/);
      expect(String(result.errorMessage)).toContain('body.getAsync');
      const queued = JSON.parse(String(rt.state.runtimeStorage?.[PENDING_EVENTS_KEY])) as {
        events: { kind: string }[];
      };
      expect(queued.events.map((e) => e.kind)).toEqual(['guard_error']);
    },
  );

  it('gives up, not allowed, when Outlook never answers a call (watchdog)', async () => {
    vi.useFakeTimers();
    try {
      const rt = await loadHandlerRuntime(
        draftSpec({ to: [colleague], body: 'Lunch?' }, { failures: { 'body.getAsync': 'hang' } }),
      );
      const completions: unknown[] = [];
      rt.state.associated.onMessageSendHandler?.({ completed: (o?: unknown) => completions.push(o ?? null) });
      await vi.advanceTimersByTimeAsync(WATCHDOG_MS - 1_000);
      expect(completions).toEqual([]);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(completions).toHaveLength(1);
      expect(completions[0]).toMatchObject({
        allowEvent: false,
        errorMessage: expect.stringMatching(/did not answer within 30 seconds/),
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('decides in a runtime that has no timers at all', async () => {
    const rt = await loadHandlerRuntime(
      draftSpec({ composeType: 'forward', to: [unvetted], body: forwardedCardBody }),
      { timers: false },
    );
    expect(rt.context.setTimeout).toBeUndefined();
    const completions = await rt.fire('onMessageSendHandler');
    expect(completions).toHaveLength(1);
    expect(completions[0]).toMatchObject({ allowEvent: false });
  });

  it('never allows when Outlook gives no draft at all', async () => {
    const { result } = await send({ ...draftSpec({}), item: null });
    expect(result.allowEvent).toBe(false);
    expect(String(result.errorMessage)).toMatch(/no draft/);
  });

  it('allows ordinary internal mail', async () => {
    const { result } = await send(
      draftSpec({ to: [colleague], subject: 'Rota', body: 'Can you cover Friday afternoon?' }),
    );
    expect(result).toEqual({ allowEvent: true });
  });
});

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
    const { result } = await send(
      draftSpec(warnDraft, { runtimeStorage: null, roamingSettings: { [POLICY_CACHE_KEY]: JSON.stringify(vetting) } }),
    );
    expect(result).toEqual({ allowEvent: true });
  });
});
