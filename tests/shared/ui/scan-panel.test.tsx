// @vitest-environment happy-dom
/** The scan panel: pick a mailbox, see progress with time left, cancel, read the outcome. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ScanPanel, type ScanPanelProps, timeLeft } from '../../../shared/ui/scan-panel';

describe('ScanPanel', () => {
  it('scans this mailbox, shows counts, percentage and time left, then the outcome', async () => {
    let report: (r: Awaited<ReturnType<ScanPanelProps['start']>>) => void = () => undefined;
    const calls: string[] = [];
    const start: ScanPanelProps['start'] = (mailbox, _signal, onProgress) => {
      calls.push(mailbox);
      onProgress({
        scanned: 300,
        total: 1200,
        categoriesWritten: 280,
        alreadyLabelled: 20,
        failed: 0,
        secondsLeft: 185,
        phase: 'reading',
      });
      return new Promise((resolve) => {
        report = resolve;
      });
    };
    render(<ScanPanel start={start} />);
    fireEvent.click(screen.getByRole('button', { name: /Scan mailbox/ }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(
      '300 of 1,200 messages labelled (25%) · 280 categories set · 20 already labelled · about 3 min left',
    );
    report({ status: 'done', scanned: 1200, categoriesWritten: 1100, failed: 2 });
    await screen.findByText(
      'Scan finished: 1,200 messages labelled, 1,100 categories set; 2 messages could not be updated.',
    );
    expect(calls).toEqual(['me']);
  });

  it('scans a shared mailbox by address and cancels through the signal', async () => {
    let signal: AbortSignal | undefined;
    const start: ScanPanelProps['start'] = (mailbox, s, onProgress) => {
      signal = s;
      onProgress({ scanned: 10, categoriesWritten: 10, alreadyLabelled: 0, failed: 0, phase: 'reading' });
      return new Promise((resolve) =>
        s.addEventListener('abort', () =>
          resolve({ status: 'cancelled', scanned: 10, categoriesWritten: 10, failed: 0 }),
        ),
      ).then((r) => {
        expect(mailbox).toBe('support@example.test');
        return r as never;
      });
    };
    render(<ScanPanel start={start} />);
    fireEvent.input(screen.getByLabelText('Shared mailbox address'), { target: { value: 'support@example.test' } });
    fireEvent.click(screen.getByRole('button', { name: /Scan mailbox/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel scan' }));
    expect(signal?.aborted).toBe(true);
    await waitFor(() => expect(document.body.textContent).toContain('Scan again to continue where it stopped.'));
  });

  it('explains why scanning is unavailable instead of offering a button', () => {
    render(
      <ScanPanel
        start={async () => ({ status: 'done', scanned: 0, categoriesWritten: 0, failed: 0 })}
        unavailable="No Entra app is configured."
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('note').textContent).toBe('No Entra app is configured.');
  });

  it('words time left plainly', () => {
    expect([20, 185, 3900].map(timeLeft)).toEqual(['20 s', '3 min', '1 h 5 min']);
  });
});
