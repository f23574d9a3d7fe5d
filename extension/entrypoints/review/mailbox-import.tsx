/**
 * "Import a mailbox export" on the review page: the shared import panel, with parsing and classification in the
 * import Web Worker (bundled by WXT from shared/import) under the active policy, and each labelled batch sent to the
 * background (`saveImportedLabels`), which stores it keyed by Message-ID. Lifecycle: the worker starts with the panel
 * and is terminated when the panel unmounts.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { parsePolicy } from '../../../shared/core/policy/parse-policy';
import type { Policy } from '../../../shared/core/policy/schema';
import { type ImportRunner, workerImportRunner } from '../../../shared/import/import-protocol';
import type { ImportedLabel, ImportReport } from '../../../shared/import/run-import';
import { ImportPanel } from '../../../shared/ui/import-panel';
import type { SettingsView } from '../../messaging/protocol';
import { sendRequest } from '../../messaging/send-request';

/** The mailbox imported exports are stored under (the review queue's mailbox column). */
export const IMPORT_MAILBOX_ID = 'import:mailbox-export';

/** Props of {@link MailboxImport}. */
export interface MailboxImportProps {
  readonly settings: SettingsView;
  /** Called after each file (the page reloads its queue). */
  readonly onImported: (report: ImportReport) => void;
}

/** The active policy from the settings (the background validated it), or why it cannot be used. */
function policyOf(settings: SettingsView): Policy | string {
  const parsed = parsePolicy(settings.policyJson);
  return parsed.ok ? parsed.policy : `the active policy does not validate: ${parsed.errors[0]?.message ?? '?'}`;
}

/** The report of a file whose import the worker could not finish. */
export function failedReport(file: File, failure: string): ImportReport {
  const zero = { bytesRead: 0, messages: 0, errors: 0, duplicates: 0 };
  return { fileName: file.name, totalBytes: file.size, ...zero, status: 'failed', errorList: [], failure };
}

/** See the file comment. */
export function MailboxImport({ settings, onImported }: MailboxImportProps) {
  const active = useMemo(() => policyOf(settings), [settings]);
  const policy = useRef<Policy | string>(active);
  policy.current = active;
  const worker = useRef<Worker | undefined>(undefined);
  useEffect(() => () => worker.current?.terminate(), []);
  const runner = useMemo<ImportRunner>(
    () => (file, callbacks) => {
      worker.current ??= new Worker(new URL('../../../shared/import/import-worker.ts', import.meta.url), {
        type: 'module',
      });
      const w = worker.current;
      const context = () => {
        if (typeof policy.current === 'string') throw new Error(policy.current);
        return { policy: policy.current, now: new Date() };
      };
      const handle = workerImportRunner(w, context)(file, callbacks);
      // A worker that cannot load or crashes never reports: end the import with the reason instead of waiting forever,
      // and start a fresh worker for the next file.
      let onError: (event: ErrorEvent) => void = () => undefined;
      const crashed = new Promise<ImportReport>((resolve) => {
        onError = (event) => {
          event.preventDefault();
          w.terminate();
          if (worker.current === w) worker.current = undefined;
          resolve(failedReport(file, `the import worker stopped: ${event.message || 'it could not be loaded'}`));
        };
        w.addEventListener('error', onError);
      });
      void handle.done.then(() => w.removeEventListener('error', onError));
      return { cancel: handle.cancel, done: Promise.race([handle.done, crashed]) };
    },
    [],
  );
  const saveBatch = async (labels: readonly ImportedLabel[]) => {
    await sendRequest({ type: 'saveImportedLabels', mailboxId: IMPORT_MAILBOX_ID, labels });
  };
  if (typeof active === 'string') {
    return (
      <p class="mg-bad" role="alert">
        Import is unavailable: {active}
      </p>
    );
  }
  return <ImportPanel runner={runner} saveBatch={saveBatch} onImported={onImported} />;
}
