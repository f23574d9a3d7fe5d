/**
 * The review pane (managers): this mailbox's labelled messages — expired first, filterable to due soon, on hold…
 * (store.reviewQueue) in the shared review queue (filters, paging, bulk decisions with a reason, each recorded by
 * store.recordDecision with its audit entry); each message opens in Outlook (`displayMessageForm`); the review exports
 * as CSV or JSON for the data-protection officer. Hosts the mailbox scan's mount point.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeKind } from '../../shared/core/detect';
import type { Policy } from '../../shared/core/policy/schema';
import type { ReviewPage } from '../../shared/store/types';
import type { Role } from '../../shared/ui/label-view';
import { reviewItemView } from '../../shared/ui/label-views';
import { type QueueFilters, ReviewQueue } from '../../shared/ui/review-queue';
import type { DecisionChoice, ReviewItemView } from '../../shared/ui/review-types';
import { loadPolicy } from '../taskpane/load-policy';
import { loadRole } from '../taskpane/load-role';
import { type PaneEnv, userAddress } from '../taskpane/pane-env';
import { ProblemList } from '../taskpane/problem-list';
import { syncStorePolicy } from '../taskpane/sync-store-policy';
import { downloadText } from './download-text';
import { outlookItemId } from './outlook-item-id';
import type { ScanMount } from './scan-slot';

/** Props of {@link ReviewApp}. */
export interface ReviewAppProps {
  readonly env: PaneEnv;
  /** The mailbox scan's entry, when built in. */
  readonly mountScan?: ScanMount | undefined;
}

const PAGE_SIZE = 25;
const FIRST: QueueFilters = { status: 'expired', category: '', sort: 'expiresAt', page: 0 };

/** The whole review pane. */
export function ReviewApp({ env, mountScan }: ReviewAppProps) {
  const [setup, setSetup] = useState<{ policy: Policy; problems: readonly string[]; role: Role } | null>(null);
  const [filters, setFilters] = useState<QueueFilters>(FIRST);
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
    const { status, category, sort, page } = filters;
    env
      .store()
      .then((s) =>
        s.reviewQueue({
          now: env.now(),
          mailbox: user,
          sort,
          page,
          pageSize: PAGE_SIZE,
          ...(status ? { status: status as NonNullable<Parameters<typeof s.reviewQueue>[0]['status']> } : {}),
          ...(category ? { category } : {}),
        }),
      )
      .then(setQueue, (err: unknown) => setError(`The review queue could not be read: ${String(err)}`));
  }, [env, setup, filters, user, version]);

  useEffect(() => {
    if (!mountScan || !setup || setup.role !== 'manager' || !scanHost.current) return;
    return mountScan(scanHost.current, {
      mailbox: env.mailbox,
      policy: setup.policy,
      store: env.store,
      onLabelsChanged: reload,
      rememberGraphId: (key, graphId) => {
        const id = outlookItemId(env, `graph:${graphId}`);
        if (id) env.itemIds.remember(key, id);
      },
    });
  }, [mountScan, setup, env, reload]);

  if (!setup) return <p role="status">Loading…</p>;
  if (setup.role !== 'manager') {
    return <p class="mg-review">The retention review is for managers. Ask your administrator if you need it.</p>;
  }
  const policy = setup.policy;
  const categories = policy.categories.map((c) => ({ id: c.id, title: c.title }));
  const items = (queue?.items ?? []).map((l) => reviewItemView(l, policy, describeKind));
  const decide = async (chosen: readonly ReviewItemView[], choice: DecisionChoice) => {
    const store = await env.store();
    for (const i of chosen)
      await store.recordDecision({
        ...choice,
        mailboxId: i.mailboxId,
        messageId: i.messageId,
        actor: user,
        at: env.now(),
      });
    reload();
  };
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
      <p>
        <button type="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
      </p>
      {!queue ? (
        <p role="status">Reading the queue…</p>
      ) : (
        <>
          <ReviewQueue
            items={items}
            total={queue.total}
            pageSize={PAGE_SIZE}
            counts={queue.counts.byStatus}
            filters={filters}
            categories={categories}
            now={env.now()}
            onFilters={setFilters}
            onDecide={decide}
          />
          {items.length ? (
            <section aria-label="Open in Outlook">
              <h2>Open in Outlook</h2>
              <ul class="mg-open-list">
                {items.map((i) => (
                  <li key={i.messageId}>
                    <button
                      type="button"
                      data-message-id={i.messageId}
                      onClick={() => {
                        const id = outlookItemId(env, i.messageId);
                        if (id) env.mailbox.displayMessageForm(id);
                        else
                          setError(
                            `"${i.subject}" has not been opened on this device yet: find it in Outlook by its subject.`,
                          );
                      }}
                    >
                      Open “{i.subject}”
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
      {/* Backfill tools (outlook-addin/scan): below the queue, the manager's main job. */}
      <div id="mailguard-scan-mount" ref={scanHost} />
    </main>
  );
}
