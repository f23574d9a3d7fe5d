// @vitest-environment happy-dom
/**
 * The content-script engine on the Outlook fixtures: chips on every mounted row from one batched request, rows added or
 * recycled later get (re)labelled, the reading pane gets the full label as text in a shadow root, and invalidating the
 * context removes everything and stops observing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Requester } from '../../../extension/content/requester';
import { runSite } from '../../../extension/content/run-site';
import type { Request, RowCells } from '../../../extension/messaging/protocol';
import { packRowChips } from '../../../extension/messaging/row-chips';
import { outlookAdapter } from '../../../extension/sites/outlook/adapter';
import type { LabelView } from '../../../shared/ui/label-view';

const fixture = (name: string) => {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'webmail', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
};
const settle = async () => {
  for (let i = 0; i < 60; i++) await new Promise((r) => setTimeout(r, 3));
};
const label = (messageId: string, category: string, source: LabelView['source']): LabelView => ({
  messageId,
  category,
  categoryTitle: category.replace(/_/g, ' '),
  lawfulBasis: 'contract',
  period: 'P6Y',
  expiresAt: '2032-11-25T00:00:00.000Z',
  status: 'active',
  kinds: [{ kind: 'phone', words: 'phone number', count: 1 }],
  reasons: ['Because <img src=x onerror=alert(1)> said so.'],
  source,
});

function harness() {
  const requests: Request[] = [];
  const request = (async (r: Request) => {
    requests.push(r);
    switch (r.type) {
      case 'classifyRows':
        return {
          chips: packRowChips(
            r.rows.map((x: RowCells) =>
              label(x.messageId, /invoice/i.test(x.subject) ? 'account_payment' : 'support_request', 'preview'),
            ),
            new Date(),
          ),
        };
      case 'classifyMessage':
        return { label: label(r.message.messageId, 'dispute', 'message') };
      case 'getSettings':
        return {
          role: 'staff',
          roleLocked: false,
          actor: 'x',
          policyJson: '{}',
          policyVersion: '1',
          policySource: 'default',
          categories: [],
        };
      default:
        throw new Error(`unexpected ${r.type}`);
    }
  }) as Requester;
  const abort = new AbortController();
  running.push(abort);
  const ctx = {
    signal: abort.signal,
    onInvalidated: (cb: () => void) => abort.signal.addEventListener('abort', cb),
  };
  return { requests, request, ctx, abort };
}

const running: AbortController[] = [];
afterEach(() => {
  for (const a of running.splice(0)) a.abort();
  document.body.innerHTML = '';
});

const chipsIn = (root: ParentNode) => [...root.querySelectorAll('mailguard-chip')];

describe('content-script engine', () => {
  it('chips every mounted row from batched requests, then follows added and recycled rows', async () => {
    document.body.innerHTML = fixture('outlook-list.html');
    const h = harness();
    await runSite(h.ctx, outlookAdapter, h.request);
    await settle();
    const rows = outlookAdapter.listRows(document);
    expect(rows.every((r) => r.querySelectorAll('mailguard-chip').length === 1)).toBe(true);
    const rowRequests = h.requests.filter((r) => r.type === 'classifyRows');
    expect(rowRequests.flatMap((r) => (r.type === 'classifyRows' ? r.rows : [])).length).toBe(15);
    // Batched: the whole list in one request, however many slices reading it took (label-rows.test.ts).
    expect(rowRequests).toHaveLength(1);
    const first = chipsIn(rows[0]!)[0]!;
    expect(first.getAttribute('data-category')).toBe('account_payment');
    expect(first.shadowRoot?.querySelector('.mg-chip')?.textContent).toContain('account payment');

    const clone = rows[1]!.cloneNode(true) as Element;
    for (const c of chipsIn(clone)) c.remove();
    clone.setAttribute('data-convid', 'AAQkAGNEW');
    clone.id = 'AAMkAGNEW';
    rows[1]!.parentElement!.append(clone);
    rows[2]!.setAttribute('data-convid', 'AAQkAGRECYCLED');
    await settle();
    expect(chipsIn(clone)).toHaveLength(1);
    const later = h.requests
      .slice(rowRequests.length + 1)
      .flatMap((r) => (r.type === 'classifyRows' ? r.rows.map((x) => x.threadId) : []));
    expect(later).toEqual(expect.arrayContaining(['AAQkAGNEW', 'AAQkAGRECYCLED']));
    expect(chipsIn(rows[2]!)).toHaveLength(1);

    h.abort.abort();
    expect(document.querySelectorAll('mailguard-chip')).toHaveLength(0);
    const before = h.requests.length;
    rows[1]!.parentElement!.append(rows[3]!.cloneNode(true));
    await settle();
    expect(h.requests.length).toBe(before);
  });

  it('puts the full label above the open message, as text, and updates the row to the stored label', async () => {
    document.body.innerHTML = fixture('outlook-reading-pane.html');
    const h = harness();
    await runSite(h.ctx, outlookAdapter, h.request);
    await settle();
    const hosts = document.querySelectorAll('mailguard-label');
    expect(hosts).toHaveLength(1);
    const card = hosts[0]!.shadowRoot!;
    expect(card.querySelector('section')?.getAttribute('data-category')).toBe('dispute');
    expect(card.textContent).toContain('phone number × 1');
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.querySelectorAll('img, script')).toHaveLength(0);
    const sent = h.requests.find((r) => r.type === 'classifyMessage');
    expect(sent?.type === 'classifyMessage' && sent.message.from).toBe('hannah.lee@example.org');
    const rowChip = document.querySelector('[role=option][data-convid] mailguard-chip');
    expect(rowChip?.getAttribute('data-source')).toBe('message');
    expect(rowChip?.getAttribute('data-category')).toBe('dispute');
    h.abort.abort();
    expect(document.querySelectorAll('mailguard-label, mailguard-chip')).toHaveLength(0);
  });
});
