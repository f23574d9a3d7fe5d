// @vitest-environment happy-dom
/**
 * The paste guard in a DOM with the background and dialog replaced: a paste is held until the verdict, replayed
 * untouched on allow, dropped on go back, recorded as a warning and override; allowed sites are left alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Requester } from '../../../extension/content/requester';
import type { AskOptions, DialogChoice } from '../../../extension/send-guard/ask-person';
import type { GuardEvent, GuardVerdict } from '../../../extension/send-guard/guard-protocol';
import { startPasteGuard } from '../../../extension/send-guard/paste-guard';

let controller: AbortController;
let active: boolean;
let verdict: GuardVerdict;
let choice: DialogChoice;
let events: GuardEvent[];
let asked: AskOptions[];
let pasted: string[];
let guard: ReturnType<typeof startPasteGuard>;
let area: HTMLTextAreaElement;

const request = (async (r: { type: string; event?: GuardEvent }) => {
  if (r.type === 'pasteGuardConfig') return { active, reason: 'test' };
  if (r.type === 'assessPaste') return verdict;
  if (r.type === 'recordSharingEvent') {
    events.push(r.event as GuardEvent);
    return { recorded: true };
  }
  throw new Error(r.type);
}) as unknown as Requester;

async function start(): Promise<void> {
  guard = startPasteGuard({
    win: window,
    request,
    signal: controller.signal,
    ask: async (_d, opts) => {
      asked.push(opts);
      if (choice.type === 'send') await opts.confirm(choice.justification);
      return choice;
    },
  });
  await new Promise((r) => setTimeout(r, 0));
}

function paste(text: string): ClipboardEvent {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
  area.dispatchEvent(e);
  return e;
}

beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
  active = true;
  events = [];
  asked = [];
  pasted = [];
  choice = { type: 'back' };
  verdict = { action: 'allow', reasons: [], recipients: [], found: [], policyVersion: 't' };
  area = document.createElement('textarea');
  area.addEventListener('paste', (e) => pasted.push(e.clipboardData?.getData('text/plain') ?? ''));
  document.body.append(area);
});
afterEach(() => controller.abort());

describe('paste guard', () => {
  it('holds a paste until the verdict, then replays it untouched on allow', async () => {
    await start();
    const e = paste('Agenda for Thursday');
    expect(e.defaultPrevented).toBe(true);
    expect(pasted).toEqual([]);
    await Promise.all(guard.settled);
    expect(pasted).toEqual(['Agenda for Thursday']);
    expect(events).toEqual([]);
  });

  it('keeps a warned paste from the page on go back, and records the warning by domain', async () => {
    verdict = {
      action: 'warn',
      reasons: ['Personal data would go to share.example'],
      recipients: [{ address: 'share.example', domain: 'share.example', status: 'unvetted', reason: 'not vetted' }],
      found: [{ kind: 'phone', label: 'phone number', count: 1, samples: ['phone number •••• 0123'] }],
      policyVersion: 't',
    };
    await start();
    paste('Call 07700 900123');
    await Promise.all(guard.settled);
    expect(pasted).toEqual([]);
    expect(asked[0]?.overrideWords).toBe('Paste anyway');
    expect(events).toEqual([
      {
        kind: 'warning',
        action: 'warn',
        recipients: [{ domain: 'share.example', status: 'unvetted' }],
        kinds: { phone: 1 },
      },
    ]);
  });

  it('lets a justified paste through and records the override', async () => {
    verdict = { ...verdict, action: 'warn', found: [{ kind: 'phone', label: 'phone number', count: 1, samples: [] }] };
    choice = { type: 'send', justification: { type: 'business', reason: 'Booking form needs it' } };
    await start();
    paste('Call 07700 900123');
    await Promise.all(guard.settled);
    expect(pasted).toEqual(['Call 07700 900123']);
    expect(events.map((e) => e.kind)).toEqual(['warning', 'override']);
  });

  it('leaves allowed sites alone once the background says so', async () => {
    active = false;
    await start();
    const e = paste('Call 07700 900123');
    expect(e.defaultPrevented).toBe(false);
    expect(pasted).toEqual(['Call 07700 900123']);
  });
});
