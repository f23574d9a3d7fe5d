// @vitest-environment happy-dom
/** The warn dialog: what it says, what a block offers, keyboard use (focus trap, Escape), required justification. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarnDialog, type WarnDialogVerdict } from '../../../shared/ui/warn-dialog';

afterEach(cleanup);

const verdict = (action: WarnDialogVerdict['action']): WarnDialogVerdict => ({
  action,
  reasons: ['It contains card number •••• 1111 and would go to quickfix.example (not a vetted processor).'],
  recipients: [
    {
      address: 'help@quickfix.example',
      domain: 'quickfix.example',
      status: 'unvetted',
      reason: 'not a vetted processor',
    },
    { address: 'ann@northwind-it.co.uk', domain: 'northwind-it.co.uk', status: 'internal', reason: 'organisation' },
  ],
  found: [{ kind: 'card_number', label: 'card number', count: 2, samples: ['card number •••• 1111'] }],
});

describe('WarnDialog', () => {
  it('is a labelled modal dialog naming kinds, counts, masked samples and only the unvetted recipients', () => {
    render(<WarnDialog mode="warn" verdict={verdict('warn')} onBack={() => {}} onSendAnyway={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Check this mail before it goes' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('card number (2): card number •••• 1111');
    expect(dialog.textContent).toContain('help@quickfix.example — not vetted');
    expect(dialog.textContent).not.toContain('ann@northwind-it.co.uk');
  });

  it('a block offers no send-anyway and says exactly what to change', () => {
    render(<WarnDialog mode="block" verdict={verdict('block')} onBack={() => {}} onSendAnyway={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Send anyway' })).toBeNull();
    const change = screen.getByRole('heading', { name: 'To send it, change this' }).nextElementSibling?.textContent;
    expect(change).toContain('Remove help@quickfix.example');
    expect(change).toContain('Delete the card number (card number •••• 1111)');
  });

  it('starts on "Go back", keeps Tab inside, and Escape goes back', async () => {
    const onBack = vi.fn();
    render(
      <WarnDialog mode="warn" verdict={verdict('warn')} onBack={onBack} onSendAnyway={() => {}} onRemove={() => {}} />,
    );
    const back = screen.getByRole('button', { name: 'Go back and edit' });
    await waitFor(() => expect(document.activeElement).toBe(back));
    const remove = screen.getByRole('button', { name: 'Remove the unvetted recipients' });
    remove.focus();
    fireEvent.keyDown(remove, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(remove);
    fireEvent.keyDown(remove, { key: 'Escape' });
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('requires a business reason, or a court order reference, before sending anyway', async () => {
    const onSend = vi.fn();
    render(<WarnDialog mode="warn" verdict={verdict('warn')} onBack={() => {}} onSendAnyway={onSend} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(screen.getByRole('alert').textContent).toContain('business reason');
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: /Court order/ }));
    fireEvent.input(screen.getByLabelText('Court order reference'), { target: { value: 'CO-2026-114' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith({ type: 'court_order', reference: 'CO-2026-114' }));
  });

  it('shows a failure to record the override and stays open', async () => {
    const onSend = vi.fn().mockRejectedValue(new Error('The audit log could not be written'));
    render(
      <WarnDialog
        mode="error"
        verdict={verdict('block')}
        errorText="The page changed."
        onBack={() => {}}
        onSendAnyway={onSend}
      />,
    );
    expect(screen.getByRole('dialog').textContent).toContain('The page changed. It has not been sent.');
    fireEvent.input(screen.getByLabelText('Reason'), { target: { value: 'Urgent reply to the customer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('could not be written'));
  });
});
