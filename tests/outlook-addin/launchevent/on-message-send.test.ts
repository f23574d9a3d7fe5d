/**
 * The send guard as Outlook runs it: the built launchevent.js in a bare vm context (no DOM) with the Office stub,
 * events fired through the registered names. Every case checks `event.completed` was called exactly once.
 */

import { ITEM_LABEL_PROPERTY } from '../../../outlook-addin/common/item-label';
import { LABEL_CACHE_KEY } from '../../../outlook-addin/common/label-cache';
import { PENDING_EVENTS_KEY } from '../../../outlook-addin/common/pending-events';
import { WATCHDOG_MS } from '../../../outlook-addin/launchevent/on-message-send';
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
import { loadHandlerRuntime, sendOnce as send } from '../run-handler';

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
