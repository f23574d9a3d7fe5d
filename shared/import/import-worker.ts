/**
 * The import Web Worker (DOM-free): receives `startImport` with a File, streams it through `importMailbox` and
 * `classifyEmail`, posts progress and labelled batches (waiting for `batchSaved` after each), and `importDone` with the
 * report; `cancelImport` stops it. Start it from a page with
 * `new Worker(new URL('../shared/import/import-worker.ts', import.meta.url), { type: 'module' })` (Vite/WXT bundle it).
 */
import { classifyEmail } from '../core/classify';
import type { ImportCommand, ImportEvent } from './import-protocol';
import { runImport } from './run-import';

interface WorkerScope {
  postMessage(message: ImportEvent): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportCommand>) => void): void;
}

/** Wires the protocol to a worker scope (exported for tests, which pass a stand-in scope). */
export function serveImports(scope: WorkerScope): void {
  let controller: AbortController | undefined;
  let saved: (() => void) | undefined;
  scope.addEventListener('message', (event) => {
    const command = event.data;
    if (command.type === 'batchSaved') {
      saved?.();
      saved = undefined;
    } else if (command.type === 'cancelImport') {
      controller?.abort();
      saved?.();
      saved = undefined;
    } else if (command.type === 'startImport') {
      controller?.abort();
      const run = new AbortController();
      controller = run;
      const now = new Date(command.now);
      const context = { now, ...(command.policy ? { policy: command.policy } : {}) };
      void runImport({
        file: command.file,
        fileName: command.fileName,
        format: command.format,
        classify: (email) => classifyEmail(email, context),
        signal: run.signal,
        onProgress: (progress) => scope.postMessage({ type: 'importProgress', progress }),
        onBatch: (labels) =>
          new Promise<void>((resolve) => {
            saved = resolve;
            scope.postMessage({ type: 'importBatch', labels });
          }),
      }).then((report) => scope.postMessage({ type: 'importDone', report }));
    }
  });
}

const scope = globalThis as unknown as Partial<WorkerScope> & { document?: unknown };
if (typeof scope.postMessage === 'function' && scope.document === undefined && 'importScripts' in globalThis) {
  serveImports(scope as WorkerScope);
}
