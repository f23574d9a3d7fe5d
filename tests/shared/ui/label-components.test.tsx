// @vitest-environment happy-dom
/** The label chip and card: what staff and managers see and do in the mailbox. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabelCard } from '../../../shared/ui/label-card';
import { LabelChip } from '../../../shared/ui/label-chip';
import type { LabelView } from '../../../shared/ui/label-view';

const NOW = new Date('2026-11-25T12:00:00Z');
const label: LabelView = {
  messageId: 'm1',
  category: 'card_data',
  categoryTitle: 'Card data',
  lawfulBasis: 'contract',
  period: 'P0D',
  expiresAt: '2026-11-24T09:00:00Z',
  status: 'expired',
  kinds: [{ kind: 'card_number', words: 'card number', count: 1 }],
  reasons: ['The body holds a card number <b>4111…</b>.'],
  source: 'message',
};
const categories = [
  { id: 'card_data', title: 'Card data' },
  { id: 'dispute', title: 'Dispute' },
];
afterEach(cleanup);

describe('LabelChip', () => {
  it('shows icon, category and state, with a full tooltip', () => {
    const { container } = render(<LabelChip label={label} now={NOW} />);
    const chip = container.querySelector('.mg-chip')!;
    expect(chip.textContent).toBe('⚠Card data·Expired 24 Nov');
    expect(chip.getAttribute('title')).toContain('Card data; Contract; keep 0d; Past retention');
    expect(chip.getAttribute('data-category')).toBe('card_data');
  });
});

describe('LabelCard', () => {
  it('shows basis, retention, kinds and reasons as text (never HTML)', () => {
    const { container } = render(
      <LabelCard
        label={label}
        now={NOW}
        userRole="staff"
        categories={categories}
        onRelabel={vi.fn()}
        onLegalHold={vi.fn()}
      />,
    );
    expect(container.textContent).toContain('Contract');
    expect(container.textContent).toContain('0d, expires 24 Nov — Past retention');
    expect(container.textContent).toContain('card number × 1');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Legal hold' })).toBeNull();
  });

  it('relabels with a required reason', async () => {
    const onRelabel = vi.fn(async () => undefined);
    render(
      <LabelCard
        label={label}
        now={NOW}
        userRole="staff"
        categories={categories}
        onRelabel={onRelabel}
        onLegalHold={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'This is wrong' }));
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'dispute' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Correct the label' }));
    expect(await screen.findByText('Please give a reason.')).toBeTruthy();
    expect(onRelabel).not.toHaveBeenCalled();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'customer disputes the charge' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Correct the label' }));
    await waitFor(() => expect(onRelabel).toHaveBeenCalledWith('dispute', 'customer disputes the charge'));
    expect(await screen.findByText('Label corrected and remembered.')).toBeTruthy();
  });

  it('offers managers a legal hold and shows a failure in words', async () => {
    const onLegalHold = vi.fn(async () => Promise.reject(new Error('This message was already disposed of')));
    render(
      <LabelCard
        label={label}
        now={NOW}
        userRole="manager"
        categories={categories}
        onRelabel={vi.fn()}
        onLegalHold={onLegalHold}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Legal hold' }));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'letter before claim' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Place a legal hold' }));
    expect(await screen.findByText('This message was already disposed of')).toBeTruthy();
  });
});
