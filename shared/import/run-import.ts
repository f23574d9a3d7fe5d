/**
 * One import run, as the worker (or a page without workers) runs it: a file's stream through `importMailbox` and the
 * classifier, handing labelled batches to the caller (one batch in flight: the next waits until the caller has saved
 * it, so a slow store never lets batches pile up), reporting progress, counting duplicates within the file, and
 * stopping when the signal aborts. Hands over labels and keys only, never bodies.
 */
import type { Classification, EmailInput } from '../core/types';
import { importMailbox, type MailboxFormat } from './import-mailbox';

/** What the host stores for one imported message (no body). */
export interface ImportedLabel {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly receivedAt: string;
  readonly classification: Classification;
}

/** Progress of one file. */
export interface ImportProgress {
  readonly fileName: string;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly messages: number;
  readonly errors: number;
  readonly duplicates: number;
}

/** The end of one file's import. `errors` lists the first 1 000; `errorCount` counts all. */
export interface ImportReport extends ImportProgress {
  readonly status: 'done' | 'cancelled' | 'failed';
  readonly errorList: readonly { readonly index: number; readonly reason: string }[];
  readonly failure?: string;
}

/** Inputs of one run. */
export interface RunImportOptions {
  readonly file: Blob & { readonly name?: string };
  /** Shown in progress (default: the file's own name). */
  readonly fileName?: string;
  readonly format: MailboxFormat;
  readonly classify: (email: EmailInput) => Classification;
  readonly onBatch: (labels: readonly ImportedLabel[]) => Promise<void> | void;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
  /** Labels a batch (default 200). */
  readonly batchSize?: number;
}

const MAX_LISTED_ERRORS = 1000;

/** See the file comment. Never rejects: a failure ends the report with `status: 'failed'` and what was done. */
export async function runImport(o: RunImportOptions): Promise<ImportReport> {
  const batchSize = o.batchSize ?? 200;
  const seen = new Set<string>();
  const errorList: { index: number; reason: string }[] = [];
  let bytesRead = 0;
  let messages = 0;
  let errors = 0;
  let duplicates = 0;
  let batch: ImportedLabel[] = [];
  let lastReport = 0;
  const progress = (): ImportProgress => ({
    fileName: o.fileName ?? o.file.name ?? 'file',
    bytesRead,
    totalBytes: o.file.size,
    messages,
    errors,
    duplicates,
  });
  const flush = async () => {
    if (!batch.length) return;
    const out = batch;
    batch = [];
    await o.onBatch(out);
  };
  const end = (status: ImportReport['status'], failure?: string): ImportReport => {
    o.onProgress?.(progress());
    return { ...progress(), status, errorList, ...(failure ? { failure } : {}) };
  };
  try {
    const items = importMailbox(o.file.stream(), o.format, { onBytes: (n) => (bytesRead += n) });
    for await (const item of items) {
      if (o.signal?.aborted) break;
      if ('error' in item) {
        errors++;
        if (errorList.length < MAX_LISTED_ERRORS) errorList.push(item.error);
      } else if (seen.has(item.message.messageId)) {
        duplicates++;
      } else {
        seen.add(item.message.messageId);
        const { messageId, from, to, cc, subject, receivedAt, body: _body, attachments: _a } = item.message;
        let classification: Classification;
        try {
          classification = o.classify(item.message);
        } catch (error) {
          errors++;
          const reason = `could not be classified: ${error instanceof Error ? error.message : String(error)}`;
          if (errorList.length < MAX_LISTED_ERRORS)
            errorList.push({ index: messages + errors + duplicates - 1, reason });
          continue;
        }
        batch.push({ messageId, from, to, cc: cc ?? [], subject, receivedAt, classification });
        messages++;
        if (batch.length >= batchSize) await flush();
      }
      if (messages + errors + duplicates - lastReport >= 50) {
        lastReport = messages + errors + duplicates;
        o.onProgress?.(progress());
      }
    }
    if (o.signal?.aborted) {
      await flush();
      return end('cancelled');
    }
    await flush();
    return end('done');
  } catch (error) {
    await flush().catch(() => undefined);
    return end('failed', error instanceof Error ? error.message : String(error));
  }
}
