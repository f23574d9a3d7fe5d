/**
 * The manager's review page: counts, the queue with filters/sorting/bulk decisions, the expiry chart, import of
 * mailbox exports, export (CSV, JSON), data-subject search and the audit log with its verification. Everything goes through the typed protocol.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { AuditView } from '../../../shared/ui/audit-view';
import { ExpiryChart } from '../../../shared/ui/expiry-chart';
import { type QueueFilters, ReviewQueue } from '../../../shared/ui/review-queue';
import type { AuditEntryView, AuditVerification, ExpiryMonth, ReviewItemView } from '../../../shared/ui/review-types';
import type { ReviewPage, SettingsView } from '../../messaging/protocol';
import { sendRequest } from '../../messaging/send-request';
import { MailboxImport } from './mailbox-import';
import { SubjectSearch } from './subject-search';

const PAGE_SIZE = 25;

function download(text: string, mime: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page. */
export function ReviewApp() {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [filters, setFilters] = useState<QueueFilters>({ status: '', category: '', sort: 'expiresAt', page: 0 });
  const [page, setPage] = useState<ReviewPage | null>(null);
  const [months, setMonths] = useState<readonly ExpiryMonth[]>([]);
  const [audit, setAudit] = useState<readonly AuditEntryView[]>([]);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [s, q, m, a] = await Promise.all([
        sendRequest({ type: 'getSettings' }),
        sendRequest({
          type: 'reviewQueue',
          query: {
            ...(filters.status ? { status: filters.status as ReviewItemView['status'] } : {}),
            ...(filters.category ? { category: filters.category } : {}),
            sort: filters.sort,
            page: filters.page,
            pageSize: PAGE_SIZE,
          },
        }),
        sendRequest({ type: 'expiryByMonth' }),
        sendRequest({ type: 'auditLog', limit: 200 }),
      ]);
      setSettings(s);
      setPage(q);
      setMonths(m.months);
      setAudit(a.entries);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [filters]);

  useEffect(() => {
    void load();
  }, [load]);

  const now = new Date();
  return (
    <main>
      <h1>Mailguard review</h1>
      {settings?.role === 'staff' ? (
        <p class="mg-banner">You are set up as staff: decisions need the manager role (Options).</p>
      ) : null}
      {error ? (
        <p class="mg-bad" role="alert">
          {error}
        </p>
      ) : null}
      {page ? (
        <ReviewQueue
          items={page.items}
          total={page.total}
          pageSize={page.pageSize}
          counts={page.counts.byStatus}
          filters={filters}
          categories={settings?.categories ?? []}
          now={now}
          onFilters={setFilters}
          onDecide={async (items, choice) => {
            const out = await sendRequest({
              type: 'recordDecision',
              decisions: items.map((i) => ({ mailboxId: i.mailboxId, messageId: i.messageId, ...choice })),
            });
            await load();
            if (out.failures.length) {
              const subject = (id: string) => items.find((i) => i.messageId === id)?.subject ?? id;
              throw new Error(
                `${out.recorded} recorded; not recorded: ${out.failures.map((f) => `"${subject(f.messageId)}" (${f.error})`).join(', ')}`,
              );
            }
          }}
        />
      ) : (
        <p>Loading…</p>
      )}
      <ExpiryChart months={months} />
      {settings ? <MailboxImport settings={settings} onImported={() => void load()} /> : null}
      <section aria-labelledby="mg-export-h">
        <h2 id="mg-export-h">Export for the data-protection officer</h2>
        {(['csv', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            style={{ marginRight: '8px' }}
            onClick={async () => {
              const out = await sendRequest({ type: 'exportReview', format });
              download(out.text, out.mime, out.filename);
            }}
          >
            Export {format.toUpperCase()}
          </button>
        ))}
      </section>
      <SubjectSearch now={now} />
      <AuditView
        entries={audit}
        verification={verification}
        onVerify={async () => setVerification(await sendRequest({ type: 'verifyAuditLog' }))}
      />
    </main>
  );
}
