/**
 * "Scan mailbox": pick this mailbox or a shared one, start (or continue) the scan, watch a progress bar with counts and
 * an estimate of time left, cancel at any time, read the outcome. The scan itself is the host's (`start`): this panel
 * only renders what it reports, so both clients could mount it.
 */
import { useRef, useState } from 'preact/hooks';

/** Progress as the host reports it. */
export interface ScanPanelProgress {
  readonly scanned: number;
  readonly total?: number;
  readonly categoriesWritten: number;
  readonly alreadyLabelled: number;
  readonly failed: number;
  readonly secondsLeft?: number;
  readonly phase: 'reading' | 'writing' | 'done' | 'cancelled' | 'failed';
}

/** The outcome of a run. */
export interface ScanPanelResult {
  readonly status: 'done' | 'cancelled' | 'failed';
  readonly scanned: number;
  readonly categoriesWritten: number;
  readonly failed: number;
  readonly error?: string;
}

/** Props of {@link ScanPanel}. */
export interface ScanPanelProps {
  /** Starts or resumes the scan of `mailbox` (`'me'` or a shared mailbox's address). */
  readonly start: (
    mailbox: string,
    signal: AbortSignal,
    onProgress: (p: ScanPanelProgress) => void,
  ) => Promise<ScanPanelResult>;
  /** A problem that prevents scanning (e.g. no Entra app configured), shown instead of the button. */
  readonly unavailable?: string;
}

/** See the file comment. */
export function ScanPanel({ start, unavailable }: ScanPanelProps) {
  const [shared, setShared] = useState('');
  const [useShared, setUseShared] = useState(false);
  const [progress, setProgress] = useState<ScanPanelProgress | undefined>();
  const [result, setResult] = useState<ScanPanelResult | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);
  const running = controller.current !== undefined && progress !== undefined && !result;

  async function run() {
    const mailbox = useShared ? shared.trim() : 'me';
    if (!mailbox) return;
    const abort = new AbortController();
    controller.current = abort;
    setResult(undefined);
    setProgress({ scanned: 0, categoriesWritten: 0, alreadyLabelled: 0, failed: 0, phase: 'reading' });
    const outcome = await start(mailbox, abort.signal, setProgress);
    controller.current = undefined;
    setResult(outcome);
  }

  if (unavailable) {
    return (
      <section class="mg-scan" aria-label="Scan mailbox">
        <h2>Scan mailbox</h2>
        <p role="note">{unavailable}</p>
      </section>
    );
  }
  const percent = progress?.total ? Math.min(100, Math.round((progress.scanned / progress.total) * 100)) : undefined;
  return (
    <section class="mg-scan" aria-label="Scan mailbox">
      <h2>Scan mailbox</h2>
      <fieldset disabled={running}>
        <legend>Which mailbox</legend>
        <label>
          <input type="radio" name="mg-scan-target" checked={!useShared} onChange={() => setUseShared(false)} /> This
          mailbox
        </label>
        <label>
          <input type="radio" name="mg-scan-target" checked={useShared} onChange={() => setUseShared(true)} /> A shared
          mailbox:{' '}
          <input
            type="email"
            value={shared}
            placeholder="support@example.com"
            aria-label="Shared mailbox address"
            onInput={(e) => {
              setShared(e.currentTarget.value);
              setUseShared(true);
            }}
          />
        </label>
      </fieldset>
      {running ? (
        <button type="button" onClick={() => controller.current?.abort()}>
          Cancel scan
        </button>
      ) : (
        <button type="button" onClick={() => void run()} disabled={useShared && !shared.trim()}>
          Scan mailbox (continues where a stopped scan left off)
        </button>
      )}
      {progress && (
        <div role="status" aria-live="polite">
          <progress
            max={progress.total ?? 1}
            value={progress.total ? progress.scanned : undefined}
            aria-label="Scan progress"
          />
          <p>
            {progress.scanned.toLocaleString('en-GB')}
            {progress.total !== undefined ? ` of ${progress.total.toLocaleString('en-GB')}` : ''} messages labelled
            {percent !== undefined ? ` (${percent}%)` : ''} · {progress.categoriesWritten.toLocaleString('en-GB')}{' '}
            categories set · {progress.alreadyLabelled.toLocaleString('en-GB')} already labelled
            {progress.failed ? ` · ${progress.failed} not updated` : ''}
            {running && progress.secondsLeft !== undefined ? ` · about ${timeLeft(progress.secondsLeft)} left` : ''}
          </p>
        </div>
      )}
      {result && <p role={result.status === 'failed' ? 'alert' : 'note'}>{resultWords(result)}</p>}
    </section>
  );
}

/** "3 min", "1 h 5 min", "40 s". */
export function timeLeft(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function resultWords(r: ScanPanelResult): string {
  const counts = `${r.scanned.toLocaleString('en-GB')} messages labelled, ${r.categoriesWritten.toLocaleString('en-GB')} categories set`;
  if (r.status === 'done')
    return `Scan finished: ${counts}${r.failed ? `; ${r.failed} messages could not be updated` : ''}.`;
  if (r.status === 'cancelled') return `Scan stopped: ${counts}. Scan again to continue where it stopped.`;
  return `Scan stopped by a problem: ${r.error ?? 'unknown'}. ${counts} so far; scan again to continue.`;
}
