// @vitest-environment happy-dom
/** The review queue (selection, filters, decisions with reasons), the audit view and the expiry chart. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditView } from '../../../shared/ui/audit-view';
import { ExpiryChart } from '../../../shared/ui/expiry-chart';
import { ReviewQueue } from '../../../shared/ui/review-queue';
import type { ReviewItemView } from '../../../shared/ui/review-types';

const NOW = new Date('2026-11-25T12:00:00Z');
const item = (id: string, status: ReviewItemView['status']): ReviewItemView => ({
  mailboxId: 'mb',
  messageId: id,
  subject: `Subject ${id}`,
  fromDomain: 'example.com',
  receivedAt: '2020-01-01T00:00:00Z',
  category: 'account_payment',
  categoryTitle: 'Account and payment',
  expiresAt: '2026-01-01T00:00:00Z',
  status,
  kinds: [],
});
afterEach(cleanup);

function queue(onDecide = vi.fn(async () => undefined), onFilters = vi.fn()) {
  render(
    <ReviewQueue
      items={[item('a', 'expired'), item('b', 'due_soon'), item('c', 'expired')]}
      total={3}
      pageSize={25}
      counts={{ expired: 2, due_soon: 1 }}
      filters={{ status: '', category: '', sort: 'expiresAt', page: 0 }}
      categories={[{ id: 'account_payment', title: 'Account and payment' }]}
      now={NOW}
      onFilters={onFilters}
      onDecide={onDecide}
    />,
  );
  return { onDecide, onFilters };
}

describe('ReviewQueue', () => {
  it('selects all on the page and records a decision with its reason for the selection', async () => {
    const { onDecide } = queue();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    expect(screen.getByText('3 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select "Subject b"' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.submit(screen.getByRole('form', { name: 'Decision for the selected items' }));
    expect(await screen.findByText('A reason is required for every decision.')).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Reason' }), { target: { value: 'past six years' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Decision for the selected items' }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledTimes(1));
    const [items, choice] = onDecide.mock.calls[0] as unknown as [ReviewItemView[], unknown];
    expect(items.map((i) => i.messageId)).toEqual(['a', 'c']);
    expect(choice).toEqual({ type: 'dispose', reason: 'past six years' });
  });

  it('asks for a date to extend, and passes filters and sorting up', async () => {
    const { onDecide, onFilters } = queue();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select "Subject a"' }));
    fireEvent.change(screen.getByRole('combobox', { name: /^Decision/ }), { target: { value: 'extend' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Reason' }), { target: { value: 'claim open' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Decision for the selected items' }));
    expect(await screen.findByText('Choose the new retention date.')).toBeTruthy();
    expect(onDecide).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('combobox', { name: /^Status/ }), { target: { value: 'expired' } });
    expect(onFilters).toHaveBeenCalledWith({ status: 'expired', category: '', sort: 'expiresAt', page: 0 });
  });
});

describe('AuditView and ExpiryChart', () => {
  it('says which entries were tampered with', () => {
    render(
      <AuditView
        entries={[{ seq: 1, at: '2026-11-25T12:00:00Z', actor: 'Jo', action: 'decision: dispose', details: 'mb/a' }]}
        verification={{ ok: false, count: 3, problems: [{ seq: 2, problem: 'hash does not match its content' }] }}
        onVerify={vi.fn()}
      />,
    );
    expect(screen.getByTestId('audit-verification').textContent).toBe(
      'Tampering found in 3 entries: #2 hash does not match its content',
    );
  });

  it('draws a bar per month and gives the figures as a table', () => {
    const { container } = render(
      <ExpiryChart
        months={[
          { month: 'overdue', count: 4 },
          { month: '2026-12', count: 2 },
        ]}
      />,
    );
    expect(container.querySelectorAll('rect')).toHaveLength(2);
    const cells = [...container.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['Overdue', '4', 'Dec 2026', '2']);
  });
});
