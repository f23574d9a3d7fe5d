// @vitest-environment happy-dom
/**
 * The row labeller on the Outlook list fixture, driven slice by slice with a budget that runs out every few rows: the
 * rows read over several slices go to the background in ONE request, sent once the last queued row is read (a request
 * per slice had the background classifying on the other core while the page still read rows), and the reply's chips
 * go in over several slices too, each on its own row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRowLabeller } from '../../../extension/content/label-rows';
import type { Requester } from '../../../extension/content/requester';
import type { Request, RowCells } from '../../../extension/messaging/protocol';
import { packRowChips } from '../../../extension/messaging/row-chips';
import { outlookAdapter } from '../../../extension/sites/outlook/adapter';
import type { LabelView } from '../../../shared/ui/label-view';

const fixture = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'webmail', 'outlook-list.html'), 'utf8');

const preview = (cells: RowCells): LabelView => ({
  messageId: cells.messageId,
  category: `cat_${cells.messageId.slice(-6).toLowerCase()}`,
  categoryTitle: `Category of ${cells.subject.trim().slice(0, 20)}`,
  lawfulBasis: 'contract',
  period: 'P6Y',
  expiresAt: '2032-11-25T00:00:00.000Z',
  status: 'active',
  kinds: [],
  reasons: [],
  source: 'preview',
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('row labeller', () => {
  it('reads a list over several slices, asks once for all its rows, and inserts every chip over several slices', async () => {
    document.body.innerHTML = new DOMParser().parseFromString(fixture, 'text/html').body.innerHTML;
    const rows = outlookAdapter.listRows(document);
    expect(rows.length).toBeGreaterThan(8);
    const requests: Request[] = [];
    let replied: Promise<unknown> = Promise.resolve();
    const request = ((r: Request) => {
      requests.push(r);
      if (r.type !== 'classifyRows') throw new Error(`unexpected ${r.type}`);
      const reply = Promise.resolve({ chips: packRowChips(r.rows.map(preview), new Date()) });
      replied = reply;
      return reply;
    }) as Requester;
    let scheduled = 0;
    const labeller = createRowLabeller({
      adapter: outlookAdapter,
      mailboxId: 'outlook:test',
      request,
      now: () => new Date('2026-11-25T12:00:00Z'),
      schedule: () => scheduled++,
      onError: (e) => {
        throw e;
      },
      root: () => document,
    });
    labeller.queue(rows);
    // A budget that runs out at once: the labeller asks after every 4 rows, so each slice reads 4.
    const spent = () => false;
    const slice = () => {
      const done = labeller.work(spent);
      labeller.flush();
      return done;
    };
    let readSlices = 0;
    while (!slice()) {
      readSlices++;
      if (readSlices < Math.ceil(rows.length / 4)) expect(requests, `slice ${readSlices}`).toHaveLength(0);
    }
    expect(readSlices).toBeGreaterThan(1);
    expect(requests).toHaveLength(1);
    const sent = requests[0]?.type === 'classifyRows' ? requests[0].rows : [];
    expect(sent.map((c) => c.threadId)).toEqual(rows.map((r) => outlookAdapter.rowKey(r)));

    await replied;
    await Promise.resolve();
    expect(scheduled).toBeGreaterThan(0);
    let mountSlices = 1;
    while (!labeller.work(spent)) mountSlices++;
    expect(mountSlices).toBeGreaterThan(1);
    for (const [i, row] of rows.entries()) {
      const hosts = row.querySelectorAll('mailguard-chip');
      expect(hosts, `row ${i}`).toHaveLength(1);
      expect(hosts[0]?.getAttribute('data-category')).toBe(preview(sent[i] as RowCells).category);
      expect(hosts[0]?.shadowRoot?.querySelector('.mg-cat')?.textContent).toBe(
        preview(sent[i] as RowCells).categoryTitle,
      );
    }
    expect(requests).toHaveLength(1);
  });

  /** A labeller over the fixture whose requests `answer` decides (a reply, or a rejection). */
  function setUp(answer: (r: Extract<Request, { type: 'classifyRows' }>, n: number) => Promise<unknown>) {
    document.body.innerHTML = new DOMParser().parseFromString(fixture, 'text/html').body.innerHTML;
    const rows = outlookAdapter.listRows(document);
    const requests: Request[] = [];
    const errors: unknown[] = [];
    const request = ((r: Request) => {
      requests.push(r);
      if (r.type !== 'classifyRows') throw new Error(`unexpected ${r.type}`);
      return answer(r, requests.length);
    }) as Requester;
    const labeller = createRowLabeller({
      adapter: outlookAdapter,
      mailboxId: 'outlook:test',
      request,
      now: () => new Date('2026-11-25T12:00:00Z'),
      schedule: () => {},
      onError: (e) => errors.push(e),
      root: () => document,
    });
    /** Runs slices until the labeller is idle, letting replies (and rejections) land in between. */
    const settle = async () => {
      for (let i = 0; i < 20; i++) {
        labeller.work(() => true);
        labeller.flush();
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    const chips = () => rows.filter((row) => row.querySelector('mailguard-chip')).length;
    return { rows, requests, errors, labeller, settle, chips };
  }
  const reply = (r: Extract<Request, { type: 'classifyRows' }>) =>
    Promise.resolve({ chips: packRowChips(r.rows.map(preview), new Date()) });

  it('asks once more when a request fails (a restarting service worker), so the list is not left unlabelled', async () => {
    const t = setUp((r, n) => (n === 1 ? Promise.reject(new Error('Receiving end does not exist')) : reply(r)));
    t.labeller.queue(t.rows);
    await t.settle();
    expect(t.errors).toHaveLength(1);
    expect(t.requests).toHaveLength(2);
    expect(t.chips()).toBe(t.rows.length);
  });

  it('does not keep asking while the background keeps failing, and reads the rows again when they are queued again', async () => {
    let failing = true;
    const t = setUp((r) => (failing ? Promise.reject(new Error('down')) : reply(r)));
    t.labeller.queue(t.rows);
    await t.settle();
    expect(t.requests).toHaveLength(2);
    expect(t.chips()).toBe(0);
    failing = false;
    t.labeller.queue(t.rows); // the page changed again (a mutation, a navigation)
    await t.settle();
    expect(t.requests).toHaveLength(3);
    expect(t.chips()).toBe(t.rows.length);
  });

  it('builds no chip for rows that left the page before their reply came (a folder switch)', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const t = setUp((r) => gate.then(() => reply(r)));
    t.labeller.queue(t.rows);
    await t.settle();
    for (const row of t.rows) row.remove();
    release();
    await t.settle();
    expect(t.requests).toHaveLength(1);
    expect(t.chips()).toBe(0);
  });
});
