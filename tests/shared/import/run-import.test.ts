/** runImport / the page-side runner: batches with one in flight, progress, duplicates, cancel, no bodies handed over. */

import type { Classification, EmailInput } from '../../../shared/core/types';
import { formatOfFileName } from '../../../shared/import/format-of-file-name';
import { inPageImportRunner } from '../../../shared/import/in-page-import-runner';
import { type ImportedLabel, runImport } from '../../../shared/import/run-import';
import { buildMail, buildMbox, syntheticMail } from '../../fixtures/mail-exports/build-mail';

const classify = (email: EmailInput): Classification => ({
  category: /4111/.test(email.body) ? 'card_data' : 'general_comms',
  lawfulBasis: 'contract',
  retention: { period: 'P6Y', expiresAt: null, status: 'active' },
  personalData: [],
  reasons: ['stand-in'],
});

const mbox = (n: number, extra: string[] = []) =>
  new File([buildMbox([...Array.from({ length: n }, (_, i) => buildMail(syntheticMail(i))), ...extra])], 'Inbox.mbox');

describe('runImport', () => {
  it('labels every message, in batches, with keys and addresses but never the body', async () => {
    const batches: (readonly ImportedLabel[])[] = [];
    const report = await runImport({
      file: mbox(450),
      format: 'mbox',
      classify,
      batchSize: 200,
      onBatch: (b) => void batches.push(b),
    });
    expect(report).toMatchObject({ status: 'done', messages: 450, errors: 0, duplicates: 0, fileName: 'Inbox.mbox' });
    expect(report.bytesRead).toBe(report.totalBytes);
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(batches[0]![0]).toEqual({
      messageId: 'synthetic-0@example.test',
      from: 'ada.fictional@example.test',
      to: ['support@mailguard.test'],
      cc: [],
      subject: 'Request 0: card update',
      receivedAt: '2024-01-01T00:00:00.000Z',
      classification: expect.objectContaining({ category: 'card_data' }),
    });
    expect(JSON.stringify(batches)).not.toContain('Kind regards');
  });

  it('keeps one batch in flight: the next waits until the host has saved the previous', async () => {
    let inFlight = 0;
    let most = 0;
    await runImport({
      file: mbox(100),
      format: 'mbox',
      classify,
      batchSize: 10,
      onBatch: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
      },
    });
    expect(most).toBe(1);
  });

  it('counts a message seen twice in one file once, and lists unreadable ones with reasons', async () => {
    const dup = buildMail(syntheticMail(1));
    const { date: _d, ...undated } = syntheticMail(98);
    const file = new File([`${buildMbox([dup, dup])}From nobody\n${buildMail(undated)}\n`], 'mixed.mbox');
    const report = await runImport({ file, format: 'mbox', classify, onBatch: () => undefined });
    expect(report).toMatchObject({ messages: 1, duplicates: 1, errors: 1 });
    expect(report.errorList).toEqual([{ index: 2, reason: expect.stringMatching(/^no valid date/) }]);
  });

  it('stops when cancelled, saving what was labelled so far', async () => {
    const controller = new AbortController();
    let saved = 0;
    const report = await runImport({
      file: mbox(1000),
      format: 'mbox',
      classify,
      batchSize: 50,
      signal: controller.signal,
      onBatch: (b) => {
        saved += b.length;
        if (saved >= 100) controller.abort();
      },
    });
    expect(report.status).toBe('cancelled');
    expect(report.messages).toBeLessThan(1000);
    expect(saved).toBe(report.messages);
  });

  it('reports a store failure as a failed import with the reason', async () => {
    const report = await runImport({
      file: mbox(10),
      format: 'mbox',
      classify,
      batchSize: 5,
      onBatch: () => Promise.reject(new Error('QuotaExceededError')),
    });
    expect(report).toMatchObject({ status: 'failed', failure: 'QuotaExceededError' });
  });

  it('picks the format from the file name, mbox when unsure (Thunderbird folders have no extension)', () => {
    expect(['a.eml', 'B.MSG', 'All mail.mbox', 'Inbox'].map(formatOfFileName)).toEqual(['eml', 'msg', 'mbox', 'mbox']);
  });

  it('runs the same in the page through inPageImportRunner, with cancel', async () => {
    const runner = inPageImportRunner(classify);
    const handle = runner(new File([buildMail(syntheticMail(3))], 'one.eml'), {
      onProgress: () => undefined,
      onBatch: async () => undefined,
    });
    expect(await handle.done).toMatchObject({ status: 'done', messages: 1, fileName: 'one.eml' });
  });
});
