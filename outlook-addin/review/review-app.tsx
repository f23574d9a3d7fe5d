/**
 * The review pane (managers): this mailbox's labelled messages that are expired or due soon (store.reviewQueue),
 * each opened in Outlook (`displayMessageForm`), decided with a reason (store.recordDecision, audited), and the review
 * exported as CSV or JSON for the data-protection officer. Hosts the mailbox scan's mount point.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Policy } from '../../shared/core/policy/schema';
import type { ReviewPage } from '../../shared/store/types';
import { shortDate, statusWords } from '../../shared/ui/format-label';
import type { Role } from '../../shared/ui/label-view';
import { categoryTitle } from '../taskpane/label-view';
import { loadPolicy } from '../taskpane/load-policy';
import { loadRole } from '../taskpane/load-role';
import { type PaneEnv, userAddress } from '../taskpane/pane-env';
import { ProblemList } from '../taskpane/problem-list';
import { syncStorePolicy } from '../taskpane/sync-store-policy';
import { DecisionForm } from './decision-form';
import { downloadText } from './download-text';
import type { ScanMount } from './scan-slot';

/** Props of {@link ReviewApp}. */
export interface ReviewAppProps {
  readonly env: PaneEnv;
  /** The mailbox scan's entry, when built in. */
  readonly mountScan?: ScanMount | undefined;
}

type Filter = 'expired' | 'due_soon';
const PAGE_SIZE = 25;

/** The whole review pane. */
export function ReviewApp({ env, mountScan }: ReviewAppProps) {
  const [setup, setSetup] = useState<{ policy: Policy; problems: readonly string[]; role: Role } | null>(null);
  const [filter, setFilter] = useState<Filter>('expired');
  const [page, setPage] = useState(0);
  const [queue, setQueue] = useState<ReviewPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const scanHost = useRef<HTMLDivElement>(null);
  const user = userAddress(env);

  useEffect(() => {
    void (async () => {
      const [loaded, role] = await Promise.all([loadPolicy(env), loadRole(env, user)]);
      const storeProblem = await syncStorePolicy(env, loaded.policy);
      setSetup({
        policy: loaded.policy,
        problems: storeProblem ? [...loaded.problems, storeProblem] : loaded.problems,
        role,
      });
    })();
  }, [env, user]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    if (setup?.role !== 'manager') return;
    env
      .store()
      .then((s) =>
        s.reviewQueue({ now: env.now(), status: filter, mailbox: user, sort: 'expiresAt', page, pageSize: PAGE_SIZE }),
      )
      .then(setQueue, (err: unknown) => setError(`The review queue could not be read: ${String(err)}`));
  }, [env, setup, filter, page, user, version]);

  useEffect(() => {
    if (!mountScan || !setup || setup.role !== 'manager' || !scanHost.current) return;
    return mountScan(scanHost.current, {
      mailbox: env.mailbox,
      policy: setup.policy,
      store: env.store,
      onLabelsChanged: reload,
    });
  }, [mountScan, setup, env, reload]);

  if (!setup) return <p role="status">Loading…</p>;
  if (setup.role !== 'manager') {
    return <p class="mg-review">The retention review is for managers. Ask your administrator if you need it.</p>;
  }
  const categories = setup.policy.categories.map((c) => ({ id: c.id, title: c.title }));
  const exportAs = async (format: 'csv' | 'json') => {
    try {
      const text = await (await env.store()).exportReview(format, env.now());
      downloadText(
        `mailguard-review-${env.now().toISOString().slice(0, 10)}.${format}`,
        text,
        format === 'csv' ? 'text/csv' : 'application/json',
      );
    } catch (err) {
      setError(`Export failed: ${String(err)}`);
    }
  };
  return (
    <main class="mg-review">
      <h1>Retention review</h1>
      <ProblemList title="Policy problems" problems={setup.problems} />
      {error ? <ProblemList title="Problem" problems={[error]} /> : null}
      <div id="mailguard-scan-mount" ref={scanHost} />
      <nav aria-label="Show">
        {(['expired', 'due_soon'] as const).map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => {
              setFilter(f);
              setPage(0);
            }}
          >
            {statusWords(f)} ({queue?.counts.byStatus[f] ?? '…'})
          </button>
        ))}
        <button type="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
      </nav>
      {!queue ? (
        <p role="status">Reading the queue…</p>
      ) : queue.items.length === 0 ? (
        <p role="status">Nothing {statusWords(filter).toLowerCase()}.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Message</th>
              <th>Category</th>
              <th>Expires</th>
              <th>Decision</th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((l) => (
              <tr key={l.messageId} data-message-id={l.messageId}>
                <td>
                  <button
                    type="button"
                    title="Open in Outlook"
                    onClick={() => env.mailbox.displayMessageForm(l.messageId)}
                  >
                    Open
                  </button>{' '}
                  {l.subject ?? '(subject kept only as a hash)'} <small>({l.senderDomain})</small>
                </td>
                <td>{categoryTitle(setup.policy, l.category)}</td>
                <td>{shortDate(l.expiresAt, env.now())}</td>
                <td>
                  <DecisionForm
                    label={l}
                    categories={categories}
                    onDecide={async (d) => {
                      const base = {
                        mailboxId: l.mailboxId,
                        messageId: l.messageId,
                        actor: user,
                        at: env.now(),
                        reason: d.reason,
                      };
                      const store = await env.store();
                      if (d.type === 'extend')
                        await store.recordDecision({
                          ...base,
                          type: 'extend',
                          until: new Date(`${d.until}T23:59:59.999Z`).toISOString(),
                        });
                      else if (d.type === 'relabel')
                        await store.recordDecision({ ...base, type: 'relabel', category: d.category ?? l.category });
                      else await store.recordDecision({ ...base, type: d.type });
                      reload();
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {queue && queue.total > PAGE_SIZE ? (
        <p>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          Page {page + 1} of {Math.ceil(queue.total / PAGE_SIZE)}
          <button type="button" disabled={(page + 1) * PAGE_SIZE >= queue.total} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </p>
      ) : null}
    </main>
  );
}
