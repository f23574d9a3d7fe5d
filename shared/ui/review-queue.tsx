/**
 * The manager's review queue: filters (status, category), sorting, paging, a table with row and "select all"
 * checkboxes, and the bulk decision form. Data and actions come in as props (each client fetches its own way).
 */
import { useState } from 'preact/hooks';
import { DecisionForm } from './decision-form';
import { shortDate, statusIcon, statusWords } from './format-label';
import type { CategoryOption } from './label-view';
import type { DecisionChoice, ReviewItemView } from './review-types';

/** Filters and order of the queue. */
export interface QueueFilters {
  readonly status: string;
  readonly category: string;
  readonly sort: 'expiresAt' | '-expiresAt' | 'receivedAt' | '-receivedAt';
  readonly page: number;
}

/** Props of {@link ReviewQueue}. */
export interface ReviewQueueProps {
  readonly items: readonly ReviewItemView[];
  readonly total: number;
  readonly pageSize: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly filters: QueueFilters;
  readonly categories: readonly CategoryOption[];
  readonly now: Date;
  readonly onFilters: (next: QueueFilters) => void;
  readonly onDecide: (items: readonly ReviewItemView[], choice: DecisionChoice) => Promise<void>;
}

const STATUSES = [
  ['', 'All statuses'],
  ['expired', 'Expired'],
  ['due_soon', 'Due soon'],
  ['legal_hold', 'Legal hold'],
  ['active', 'Within retention'],
] as const;

const key = (i: ReviewItemView) => `${i.mailboxId}\u0000${i.messageId}`;

/** The queue table with its controls. */
export function ReviewQueue(p: ReviewQueueProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const chosen = p.items.filter((i) => selected.has(key(i)));
  const all = p.items.length > 0 && chosen.length === p.items.length;
  const toggle = (k: string) => {
    const next = new Set(selected);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setSelected(next);
  };
  const set = (patch: Partial<QueueFilters>) => {
    setSelected(new Set());
    p.onFilters({ ...p.filters, page: 0, ...patch });
  };
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));

  return (
    <section aria-labelledby="mg-queue-h">
      <h2 id="mg-queue-h">Review queue</h2>
      <p class="mg-counts">
        {STATUSES.slice(1).map(([s, words]) => (
          <span key={s} class={`mg-count mg-${s}`}>
            {statusIcon(s as Exclude<typeof s, ''>)} {words}: <strong>{p.counts[s] ?? 0}</strong>
          </span>
        ))}
      </p>
      <div class="mg-filters">
        <label>
          Status{' '}
          <select value={p.filters.status} onChange={(e) => set({ status: (e.target as HTMLSelectElement).value })}>
            {STATUSES.map(([s, words]) => (
              <option key={s} value={s}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category{' '}
          <select value={p.filters.category} onChange={(e) => set({ category: (e.target as HTMLSelectElement).value })}>
            <option value="">All categories</option>
            {p.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select
            value={p.filters.sort}
            onChange={(e) => set({ sort: (e.target as HTMLSelectElement).value as QueueFilters['sort'] })}
          >
            <option value="expiresAt">Expiry, soonest first</option>
            <option value="-expiresAt">Expiry, latest first</option>
            <option value="-receivedAt">Received, newest first</option>
            <option value="receivedAt">Received, oldest first</option>
          </select>
        </label>
      </div>
      <DecisionForm
        selectedCount={chosen.length}
        categories={p.categories}
        onDecide={async (choice) => {
          await p.onDecide(chosen, choice);
          setSelected(new Set());
        }}
      />
      <table class="mg-table">
        <caption>
          {p.total} item{p.total === 1 ? '' : 's'} · page {p.filters.page + 1} of {pages}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all on this page"
                checked={all}
                onChange={() => setSelected(all ? new Set() : new Set(p.items.map(key)))}
              />
            </th>
            <th scope="col">Subject</th>
            <th scope="col">From</th>
            <th scope="col">Category</th>
            <th scope="col">Status</th>
            <th scope="col">Expires</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((i) => (
            <tr key={key(i)} data-testid="review-row" data-message-id={i.messageId} data-status={i.status}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select "${i.subject}"`}
                  checked={selected.has(key(i))}
                  onChange={() => toggle(key(i))}
                />
              </td>
              <td>{i.subject}</td>
              <td>{i.fromDomain}</td>
              <td>{i.categoryTitle}</td>
              <td>
                <span class={`mg-status mg-${i.status}`}>
                  <span aria-hidden="true">{statusIcon(i.status)} </span>
                  {statusWords(i.status)}
                </span>
              </td>
              <td>{shortDate(i.expiresAt, p.now)}</td>
              <td>{shortDate(i.receivedAt, p.now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Queue pages" class="mg-pager">
        <button type="button" disabled={p.filters.page === 0} onClick={() => set({ page: p.filters.page - 1 })}>
          Previous page
        </button>
        <button type="button" disabled={p.filters.page + 1 >= pages} onClick={() => set({ page: p.filters.page + 1 })}>
          Next page
        </button>
      </nav>
    </section>
  );
}
