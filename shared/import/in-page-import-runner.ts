/**
 * An `ImportRunner` that runs in the page itself, for hosts that cannot start a module worker (the add-in's review pane
 * is bundled by esbuild without a worker entry). Still streaming and memory-bounded; it classifies on the page's thread.
 */
import type { Classification, EmailInput } from '../core/types';
import { formatOfFileName } from './format-of-file-name';
import type { ImportRunner } from './import-protocol';
import { runImport } from './run-import';
/** See the file comment. */
export function inPageImportRunner(classify: (email: EmailInput) => Classification): ImportRunner {
  return (file, callbacks) => {
    const controller = new AbortController();
    const done = runImport({
      file,
      fileName: file.name,
      format: formatOfFileName(file.name),
      classify,
      signal: controller.signal,
      onProgress: callbacks.onProgress,
      onBatch: callbacks.onBatch,
    });
    return { cancel: () => controller.abort(), done };
  };
}
