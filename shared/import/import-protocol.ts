/**
 * The typed message protocol between a page and the import worker, and the page-side runner that speaks it. Verbs as
 * names; no `any`. One file at a time; one labelled batch in flight (the worker waits for `batchSaved`).
 */
import type { Policy } from '../core/policy/schema';
import { formatOfFileName } from './format-of-file-name';
import type { MailboxFormat } from './import-mailbox';
import type { ImportedLabel, ImportProgress, ImportReport } from './run-import';

/** Page → worker. */
export type ImportCommand =
  | { readonly type: 'startImport'; readonly file: Blob; readonly fileName: string; readonly format: MailboxFormat; readonly policy?: Policy; readonly now: string }
  | { readonly type: 'batchSaved' }
  | { readonly type: 'cancelImport' }; // biome-ignore format: a union

/** Worker → page. */
export type ImportEvent =
  | { readonly type: 'importProgress'; readonly progress: ImportProgress }
  | { readonly type: 'importBatch'; readonly labels: readonly ImportedLabel[] }
  | { readonly type: 'importDone'; readonly report: ImportReport }; // biome-ignore format: a union

/** Callbacks of one import, as the panel uses them. */
export interface ImportCallbacks {
  readonly onProgress: (progress: ImportProgress) => void;
  /** Saves a batch (the store); the next batch comes after this resolves. */
  readonly onBatch: (labels: readonly ImportedLabel[]) => Promise<void>;
}

/** A started import: cancel it, or wait for its report. */
export interface ImportHandle {
  cancel(): void;
  readonly done: Promise<ImportReport>;
}

/** Starts an import of one file (in a worker or in the page; the format follows the file name); the panel takes one. */
export type ImportRunner = (file: File, callbacks: ImportCallbacks) => ImportHandle;

/** The minimal Worker surface the runner needs (a real `Worker`, or a test double). */
export interface WorkerLike {
  postMessage(message: ImportCommand): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportEvent>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<ImportEvent>) => void): void;
}

/** An `ImportRunner` over a worker running `import-worker.ts`; `policy`/`now` are sent with each file. */
export function workerImportRunner(worker: WorkerLike, context: () => { policy?: Policy; now: Date }): ImportRunner {
  return (file, callbacks) => {
    const format = formatOfFileName(file.name);
    let settle: (report: ImportReport) => void = () => undefined;
    const done = new Promise<ImportReport>((resolve) => {
      settle = resolve;
    });
    const listener = (event: MessageEvent<ImportEvent>) => {
      const data = event.data;
      if (data.type === 'importProgress') callbacks.onProgress(data.progress);
      else if (data.type === 'importBatch') {
        callbacks.onBatch(data.labels).then(
          () => worker.postMessage({ type: 'batchSaved' }),
          () => worker.postMessage({ type: 'cancelImport' }),
        );
      } else {
        worker.removeEventListener('message', listener);
        settle(data.report);
      }
    };
    worker.addEventListener('message', listener);
    const { policy, now } = context();
    worker.postMessage({
      type: 'startImport',
      file,
      fileName: file.name,
      format,
      ...(policy ? { policy } : {}),
      now: now.toISOString(),
    });
    return { cancel: () => worker.postMessage({ type: 'cancelImport' }), done };
  };
}
