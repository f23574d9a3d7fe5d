// @vitest-environment happy-dom
/**
 * The send guard in the pop-out compose documents (the Outlook Form_Content window Outlook writes into about:blank;
 * Gmail's ?view=cm window): Send there is held before the page sees it, the draft read from the pop-out is what the
 * background assesses, and a block keeps the mail unsent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Requester } from '../../../extension/content/requester';
import type { AskOptions } from '../../../extension/send-guard/ask-person';
import type { GuardVerdict } from '../../../extension/send-guard/guard-protocol';
import { startSendGuard } from '../../../extension/send-guard/start-send-guard';
import { gmailAdapter } from '../../../extension/sites/gmail/adapter';
import { outlookAdapter } from '../../../extension/sites/outlook/adapter';
import type { SiteAdapter } from '../../../extension/sites/site-adapter';
import { loadFixture } from '../sites/load-fixture';

const BLOCK: GuardVerdict = {
  action: 'block',
  reasons: ['card number to an unvetted recipient'],
  recipients: [
    { address: 'help@quickfix-partners.example', domain: 'quickfix-partners.example', status: 'unvetted', reason: 'x' },
  ],
  found: [{ kind: 'card_number', label: 'card number', count: 1, samples: ['card number •••• 1111'] }],
  policyVersion: 't',
};

let controller: AbortController | undefined;
afterEach(() => controller?.abort());

async function sendIn(fixture: string, adapter: SiteAdapter, sendSelector: string) {
  const doc = loadFixture(fixture);
  document.body.className = doc.body.className;
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  const drafts: unknown[] = [];
  const asked: AskOptions[] = [];
  let pageSent = 0;
  const request = (async (r: { type: string; draft?: unknown }) => {
    if (r.type === 'assessDraft') {
      drafts.push(r.draft);
      return BLOCK;
    }
    return { recorded: true };
  }) as unknown as Requester;
  controller = new AbortController();
  const guard = startSendGuard({
    win: window,
    adapter,
    request,
    signal: controller.signal,
    bannerDelayMs: 60_000,
    ask: async (_doc, opts) => {
      asked.push(opts);
      return { type: 'back' };
    },
  });
  const send = document.querySelector(sendSelector) as HTMLElement;
  send.addEventListener('click', () => pageSent++);
  send.click();
  expect(guard.settled).toHaveLength(1);
  expect(await guard.settled[0]).toBe('blocked');
  return { drafts, asked, pageSent };
}

describe('send guard in pop-out compose windows', () => {
  it('Outlook Form_Content pop-out: Send is held, the draft is read from the pop-out, the block keeps it unsent', async () => {
    const out = await sendIn('outlook-popout-compose.html', outlookAdapter, '.fui-SplitButton__primaryActionButton');
    expect(out.pageSent).toBe(0);
    expect(out.asked.map((a) => a.mode)).toEqual(['block']);
    expect(JSON.stringify(out.drafts[0])).toContain('help@quickfix-partners.example');
    expect(JSON.stringify(out.drafts[0])).toContain('4111 1111 1111 1111');
  });

  it('Gmail ?view=cm pop-out: the same', async () => {
    const out = await sendIn('gmail-popout-compose.html', gmailAdapter, '.btC [role=button].aoO');
    expect(out.pageSent).toBe(0);
    expect(out.asked.map((a) => a.mode)).toEqual(['block']);
    expect(JSON.stringify(out.drafts[0])).toContain('help@quickfix-partners.example');
    expect(JSON.stringify(out.drafts[0])).toContain('4111 1111 1111 1111');
  });
});
