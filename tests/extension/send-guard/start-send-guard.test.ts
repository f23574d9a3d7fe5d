// @vitest-environment happy-dom
/**
 * The guard's decisions end to end in a DOM, with the background and the dialog replaced: allow re-sends untouched
 * (once), warn/block/override are recorded without content, failures hold the mail, approvals cannot be reused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Requester } from '../../../extension/content/requester';
import type { AskOptions, DialogChoice } from '../../../extension/send-guard/ask-person';
import type { GuardEvent, GuardVerdict } from '../../../extension/send-guard/guard-protocol';
import { startSendGuard } from '../../../extension/send-guard/start-send-guard';
import { outlookAdapter } from '../../../extension/sites/outlook/adapter';
import { outlookCompose } from './fixtures';

let controller: AbortController;
let verdict: GuardVerdict | Error;
let events: GuardEvent[];
let asked: AskOptions[];
let choice: DialogChoice;
let assessed: unknown[];
let guard: ReturnType<typeof startSendGuard>;

const v = (action: GuardVerdict['action'], extra: Partial<GuardVerdict> = {}): GuardVerdict => ({
  action,
  reasons: [`reason ${action}`],
  recipients: [{ address: 'x@unvetted.example', domain: 'unvetted.example', status: 'unvetted', reason: 'not vetted' }],
  found: [{ kind: 'phone', label: 'phone number', count: 1, samples: ['phone number •••• 0123'] }],
  policyVersion: 't',
  ...extra,
});

const request = (async (r: { type: string; draft?: unknown; event?: GuardEvent }) => {
  if (r.type === 'assessDraft') {
    assessed.push(r.draft);
    if (verdict instanceof Error) throw verdict;
    return verdict;
  }
  if (r.type === 'recordSharingEvent') {
    events.push(r.event as GuardEvent);
    return { recorded: true };
  }
  throw new Error(`unexpected ${r.type}`);
}) as unknown as Requester;

beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
  events = [];
  asked = [];
  assessed = [];
  choice = { type: 'back' };
  verdict = v('allow', { recipients: [], found: [] });
  guard = startSendGuard({
    win: window,
    adapter: outlookAdapter,
    request,
    signal: controller.signal,
    bannerDelayMs: 60_000,
    ask: async (_doc, opts) => {
      asked.push(opts);
      if (choice.type === 'send') await opts.confirm(choice.justification);
      return choice;
    },
  });
});
afterEach(() => controller.abort());

const settle = () => Promise.all(guard.settled);

describe('allow', () => {
  it('re-sends the draft untouched, once: the page sends it and nothing is recorded', async () => {
    const c = outlookCompose({ to: ['oliver@example.com'], subject: 'RE: renewal', body: 'Thanks' });
    c.send.click();
    expect(c.sent).toEqual([]);
    expect(await settle()).toEqual(['sent']);
    expect(c.sent).toEqual(['RE: renewal']);
    expect(events).toEqual([]);
    expect(assessed[0]).toMatchObject({ to: ['oliver@example.com'], subject: 'RE: renewal' });
  });

  it('does not let a later click reuse the approval: it is checked again', async () => {
    const c = outlookCompose({ to: ['oliver@example.com'], subject: 'S', body: 'B' });
    c.send.click();
    await settle();
    c.send.click();
    expect(c.sent).toHaveLength(1);
    await settle();
    expect(assessed).toHaveLength(2);
  });
});

describe('warn', () => {
  it('records the warning, and the override with its justification, then sends', async () => {
    verdict = v('warn');
    choice = { type: 'send', justification: { type: 'business', reason: 'Venue needs the number' } };
    const c = outlookCompose({ to: ['x@unvetted.example'], subject: 'Contact', body: 'Call 07700 900123' });
    c.send.click();
    expect(await settle()).toEqual(['sent']);
    expect(c.sent).toEqual(['Contact']);
    expect(asked[0]?.mode).toBe('warn');
    expect(events.map((e) => e.kind)).toEqual(['warning', 'override']);
    expect(events[1]).toEqual({
      kind: 'override',
      action: 'warn',
      justification: { type: 'business', reason: 'Venue needs the number' },
      recipients: [{ domain: 'unvetted.example', status: 'unvetted' }],
      kinds: { phone: 1 },
    });
    expect(JSON.stringify(events)).not.toMatch(/07700|x@unvetted/);
  });

  it('going back sends nothing', async () => {
    verdict = v('warn');
    const c = outlookCompose({ to: ['x@unvetted.example'], subject: 'S', body: 'B' });
    c.send.click();
    expect(await settle()).toEqual(['back']);
    expect(c.sent).toEqual([]);
  });

  it('"remove the unvetted recipients" removes their pills through the site and verifies it', async () => {
    verdict = v('warn');
    choice = { type: 'remove' };
    const c = outlookCompose({ to: ['ok@northwind-it.co.uk', 'x@unvetted.example'], subject: 'S', body: 'B' });
    c.send.click();
    expect(await settle()).toEqual(['removed']);
    const left = [...c.root.querySelectorAll('._EType_RECIPIENT_ENTITY')].map((p) => p.getAttribute('aria-label'));
    expect(left).toEqual(['ok@northwind-it.co.uk']);
    expect(c.sent).toEqual([]);
    const banner = document.querySelector('mailguard-banner')?.shadowRoot?.textContent ?? '';
    expect(banner).toContain('removed x@unvetted.example');
  });
});

describe('block', () => {
  it('records the block and never sends', async () => {
    verdict = v('block');
    choice = { type: 'send', justification: { type: 'business', reason: 'try anyway' } };
    const c = outlookCompose({ to: ['x@unvetted.example'], subject: 'S', body: 'B' });
    c.send.click();
    await settle();
    expect(asked[0]?.mode).toBe('block');
    expect(events.map((e) => e.kind)[0]).toBe('block');
  });
});

describe('guard failures hold the mail', () => {
  it('holds when the background fails; continuing needs a justification and is recorded as guard_error + override', async () => {
    verdict = new Error('no answer');
    choice = { type: 'send', justification: { type: 'court_order', reference: 'CO-2026-114' } };
    const c = outlookCompose({ to: ['x@unvetted.example'], subject: 'S', body: 'B' });
    c.send.click();
    expect(c.sent).toEqual([]);
    expect(await settle()).toEqual(['sent']);
    expect(asked[0]?.mode).toBe('error');
    expect(asked[0]?.errorText).toContain('no answer');
    expect(events.map((e) => e.kind)).toEqual(['guard_error', 'override']);
    expect(events[1]?.justification).toEqual({ type: 'court_order', reference: 'CO-2026-114' });
    expect(c.sent).toEqual(['S']);
  });

  it('holds when a recipient shows no address (the site changed), and sends nothing on go back', async () => {
    const c = outlookCompose({ to: ['a@example.com', { name: 'Pat Jones' }], subject: 'S', body: 'B' });
    c.send.click();
    expect(await settle()).toEqual(['error-back']);
    expect(asked[0]?.errorText).toContain('Pat Jones');
    expect(assessed).toEqual([]);
    expect(c.sent).toEqual([]);
  });

  it('holds when no recipients can be found at all', async () => {
    const c = outlookCompose({ to: [], subject: 'S', body: 'B' });
    c.root.querySelector('[role=group]')?.remove();
    c.send.click();
    expect(await settle()).toEqual(['error-back']);
    expect(events[0]?.kind).toBe('guard_error');
  });

  it('does not send when the override cannot be recorded', async () => {
    verdict = v('warn');
    choice = { type: 'send', justification: { type: 'business', reason: 'needed' } };
    const c = outlookCompose({ to: ['x@unvetted.example'], subject: 'S', body: 'B' });
    events = new Proxy(events, {
      get(t, p, r) {
        if (p === 'push') {
          return (e: GuardEvent) => {
            if (e.kind === 'override') throw new Error('store closed');
            return t.push(e);
          };
        }
        return Reflect.get(t, p, r);
      },
    });
    c.send.click();
    expect(await settle()).toEqual(['error-back']);
    expect(c.sent).toEqual([]);
  });
});
