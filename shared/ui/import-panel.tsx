/**
 * "Import a mailbox export": a drop zone and file chooser for mbox / .eml / .msg files, a progress bar with counts,
 * cancel, and a report per file (messages labelled, problems with their reasons, duplicates). Parsing runs wherever the
 * host's `runner` puts it (the import worker); labelled batches go to the host's `saveBatch` (the store, keyed by
 * Message-ID, so importing again updates). Mail content is never rendered: only counts, file names and reasons.
 */
import { useRef, useState } from 'preact/hooks';
import type { ImportHandle, ImportRunner } from '../import/import-protocol';
import type { ImportedLabel, ImportProgress, ImportReport } from '../import/run-import';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  readonly runner: ImportRunner;
  /** Saves one labelled batch; rejecting stops the import (the reason is shown). */
  readonly saveBatch: (labels: readonly ImportedLabel[]) => Promise<void>;
  /** Called after each file, e.g. to reload the review queue. */
  readonly onImported?: (report: ImportReport) => void;
}

const ACCEPT = '.mbox,.mbx,.eml,.msg,application/mbox,message/rfc822,application/vnd.ms-outlook';

/** See the file comment. */
export function ImportPanel({ runner, saveBatch, onImported }: ImportPanelProps) {
  const [progress, setProgress] = useState<ImportProgress | undefined>();
  const [reports, setReports] = useState<readonly ImportReport[]>([]);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const current = useRef<ImportHandle | undefined>(undefined);
  const cancelled = useRef(false);
  const busy = progress !== undefined;

  async function importFiles(files: readonly File[]) {
    if (busy || !files.length) return;
    cancelled.current = false;
    setSaveError(undefined);
    for (const file of files) {
      if (cancelled.current) break;
      setProgress({ fileName: file.name, bytesRead: 0, totalBytes: file.size, messages: 0, errors: 0, duplicates: 0 });
      const handle = runner(file, {
        onProgress: setProgress,
        onBatch: (labels) =>
          saveBatch(labels).catch((error: unknown) => {
            setSaveError(`Labels could not be saved: ${error instanceof Error ? error.message : String(error)}`);
            throw error;
          }),
      });
      current.current = handle;
      const report = await handle.done;
      setReports((list) => [...list, report]);
      onImported?.(report);
    }
    current.current = undefined;
    setProgress(undefined);
  }

  function cancel() {
    cancelled.current = true;
    current.current?.cancel();
  }

  return (
    <section class="mg-import" aria-label="Import a mailbox export">
      <h2>Import a mailbox export</h2>
      <label
        class={`mg-drop${dragging ? ' mg-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles(Array.from(e.dataTransfer?.files ?? []));
        }}
      >
        <span>Drop mbox (Google Takeout, Thunderbird), .eml or Outlook .msg files here, or choose them.</span>
        <input
          type="file"
          multiple
          accept={ACCEPT}
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            void importFiles(Array.from(input.files ?? []));
            input.value = '';
          }}
        />
      </label>
      {progress && (
        <div class="mg-import-progress" role="status" aria-live="polite">
          <progress max={Math.max(1, progress.totalBytes)} value={progress.bytesRead} aria-label="Import progress" />
          <p>
            {progress.fileName}: {megabytes(progress.bytesRead)} of {megabytes(progress.totalBytes)} read ·{' '}
            {count(progress.messages, 'message')} labelled · {count(progress.errors, 'problem')}
            {progress.duplicates ? ` · ${count(progress.duplicates, 'duplicate')}` : ''}
          </p>
          <button type="button" onClick={cancel}>
            Cancel import
          </button>
        </div>
      )}
      {saveError && <p role="alert">{saveError}</p>}
      {reports.length > 0 && (
        <ul class="mg-import-reports" aria-label="Import reports">
          {reports.map((r, i) => (
            <li key={`${r.fileName}-${i}`}>
              <ReportLine report={r} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportLine({ report }: { readonly report: ImportReport }) {
  const status =
    report.status === 'done' ? 'imported' : report.status === 'cancelled' ? 'cancelled' : 'stopped by an error';
  return (
    <>
      <p>
        <strong>{report.fileName}</strong> {status}: {count(report.messages, 'message')} labelled,{' '}
        {count(report.errors, 'message')} could not be read
        {report.duplicates ? `, ${count(report.duplicates, 'duplicate')} skipped` : ''}.
        {report.failure ? ` ${report.failure}` : ''}
      </p>
      {report.errorList.length > 0 && (
        <details>
          <summary>Messages that could not be read ({report.errors})</summary>
          <ul>
            {report.errorList.map((e) => (
              <li key={e.index}>
                Message {e.index + 1}: {e.reason}
              </li>
            ))}
          </ul>
          {report.errors > report.errorList.length && <p>The first {report.errorList.length} are listed.</p>}
        </details>
      )}
    </>
  );
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
