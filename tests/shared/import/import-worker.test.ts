/**
 * The import worker's protocol end to end, with the real classifier: the page-side runner and the worker side joined by
 * an in-memory message pair (the same messages a Worker's postMessage carries: a File, plain data back).
 */
import { defaultPolicy } from '../../../shared';
import type { ImportCommand, ImportEvent } from '../../../shared/import/import-protocol';
import { workerImportRunner } from '../../../shared/import/import-protocol';
import { serveImports } from '../../../shared/import/import-worker';
import type { ImportedLabel, ImportProgress } from '../../../shared/import/run-import';
import { buildMail, buildMbox, syntheticMail } from '../../fixtures/mail-exports/build-mail';

function pair() {
  const toWorker: ((e: MessageEvent<ImportCommand>) => void)[] = [];
  const toPage = new Set<(e: MessageEvent<ImportEvent>) => void>();
  const commands: ImportCommand['type'][] = [];
  serveImports({
    postMessage: (m) =>
      queueMicrotask(() =>
        toPage.forEach((l) => {
          l({ data: structuredClone(m) } as MessageEvent<ImportEvent>);
        }),
      ),
    addEventListener: (_t, l) => void toWorker.push(l),
  });
  return {
    commands,
    worker: {
      postMessage: (m: ImportCommand) => {
        commands.push(m.type);
        queueMicrotask(() =>
          toWorker.forEach((l) => {
            l({ data: m } as MessageEvent<ImportCommand>);
          }),
        );
      },
      addEventListener: (_t: 'message', l: (e: MessageEvent<ImportEvent>) => void) => void toPage.add(l),
      removeEventListener: (_t: 'message', l: (e: MessageEvent<ImportEvent>) => void) => void toPage.delete(l),
    },
  };
}

describe('import worker protocol', () => {
  it('classifies with the policy sent, streams batches that wait for batchSaved, and reports', async () => {
    const { worker, commands } = pair();
    const runner = workerImportRunner(worker, () => ({ policy: defaultPolicy, now: new Date('2026-11-25T00:00:00Z') }));
    const saved: ImportedLabel[] = [];
    const progress: ImportProgress[] = [];
    const mails = Array.from({ length: 450 }, (_, i) => buildMail(syntheticMail(i)));
    const handle = runner(new File([buildMbox(mails)], 'Inbox.mbox'), {
      onProgress: (p) => progress.push(p),
      onBatch: async (labels) => void saved.push(...labels),
    });
    const report = await handle.done;
    expect(report).toMatchObject({ status: 'done', messages: 450, errors: 0, fileName: 'Inbox.mbox' });
    expect(saved).toHaveLength(450);
    expect(commands.filter((c) => c === 'batchSaved')).toHaveLength(3);
    expect(saved[0]!.classification.category).toBe('card_data');
    expect(saved[0]!.classification.reasons.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ messages: 450, bytesRead: report.totalBytes });
  });

  it('stops on cancelImport and reports what was done', async () => {
    const { worker } = pair();
    const runner = workerImportRunner(worker, () => ({ now: new Date('2026-11-25T00:00:00Z') }));
    const mails = Array.from({ length: 2000 }, (_, i) => buildMail(syntheticMail(i)));
    let saved = 0;
    const handle = runner(new File([buildMbox(mails)], 'Big.mbox'), {
      onProgress: () => undefined,
      onBatch: async (labels) => {
        saved += labels.length;
        handle.cancel();
      },
    });
    const report = await handle.done;
    expect(report.status).toBe('cancelled');
    expect(report.messages).toBeLessThan(2000);
    expect(saved).toBeLessThanOrEqual(report.messages);
  });
});
