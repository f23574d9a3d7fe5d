// @vitest-environment happy-dom
/** The import panel as a user meets it: choose files, see progress and a report with reasons, cancel. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Classification, EmailInput } from '../../../shared/core/types';
import type { ImportRunner } from '../../../shared/import/import-protocol';
import { inPageImportRunner } from '../../../shared/import/in-page-import-runner';
import type { ImportedLabel } from '../../../shared/import/run-import';
import { ImportPanel } from '../../../shared/ui/import-panel';
import { buildMail, buildMbox, syntheticMail } from '../../fixtures/mail-exports/build-mail';

const classify = (email: EmailInput): Classification => ({
  category: 'general_comms',
  lawfulBasis: 'contract',
  retention: { period: 'P6Y', expiresAt: null, status: 'active' },
  personalData: [],
  reasons: [email.subject],
});

function choose(files: File[]) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe('ImportPanel', () => {
  it('imports chosen files, hands labelled batches to the host, and reports counts and reasons', async () => {
    const saved: ImportedLabel[] = [];
    const good = buildMbox([buildMail(syntheticMail(1)), buildMail(syntheticMail(2))]);
    const broken = 'From x@example.test Tue Mar 03 12:00:00 2020\nTo: a@example.test\nSubject: no sender\n\nhi\n';
    render(<ImportPanel runner={inPageImportRunner(classify)} saveBatch={async (b) => void saved.push(...b)} />);
    choose([new File([good + broken], 'Takeout.mbox'), new File([buildMail(syntheticMail(3))], 'one.eml')]);
    await waitFor(() => expect(document.body.textContent).toContain('one.eml imported'));
    expect(saved.map((l) => l.messageId)).toEqual([
      'synthetic-1@example.test',
      'synthetic-2@example.test',
      'synthetic-3@example.test',
    ]);
    const reports = screen.getByRole('list', { name: 'Import reports' });
    expect(reports.textContent).toContain('Takeout.mbox imported: 2 messages labelled, 1 message could not be read.');
    expect(reports.textContent).toContain('Message 3: no sender: the From header is missing or holds no address');
    expect(reports.textContent).toContain('one.eml imported: 1 message labelled, 0 messages could not be read.');
  });

  it('shows progress while importing and stops on Cancel', async () => {
    let cancelled = false;
    let finish: () => void = () => undefined;
    const runner: ImportRunner = (file, callbacks) => {
      callbacks.onProgress({
        fileName: file.name,
        bytesRead: 5 * 1024 * 1024,
        totalBytes: 10 * 1024 * 1024,
        messages: 1234,
        errors: 2,
        duplicates: 0,
      });
      const done = new Promise<never>((resolve) => {
        finish = () =>
          resolve({
            fileName: file.name,
            bytesRead: 1,
            totalBytes: 1,
            messages: 1234,
            errors: 2,
            duplicates: 0,
            status: 'cancelled',
            errorList: [],
          } as never);
      });
      return {
        cancel: () => {
          cancelled = true;
          finish();
        },
        done,
      };
    };
    render(<ImportPanel runner={runner} saveBatch={async () => undefined} />);
    choose([new File(['x'], 'big.mbox')]);
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('big.mbox: 5.0 MB of 10.0 MB read · 1,234 messages labelled · 2 problems');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(cancelled).toBe(true);
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Import reports' }).textContent).toContain('big.mbox cancelled'),
    );
  });

  it('shows mail subjects nowhere and renders reasons as text, never markup', async () => {
    const nasty = buildMail({ ...syntheticMail(4), subject: '<img src=x onerror=alert(1)>' });
    const broken = `From x@example.test Tue Mar 03 12:00:00 2020\nFrom: <b>@example.test\nDate: nope\n\nhi\n`;
    render(<ImportPanel runner={inPageImportRunner(classify)} saveBatch={async () => undefined} />);
    choose([new File([buildMbox([nasty]) + broken], 'x.mbox')]);
    await screen.findByRole('list', { name: 'Import reports' });
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).not.toContain('onerror');
  });
});
