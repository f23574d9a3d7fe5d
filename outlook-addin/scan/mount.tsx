/**
 * The review pane's backfill tools (linked in by scripts/build-addin.ts as `virtual:mailguard-scan`): "Scan mailbox"
 * (Graph, through NAA) and "Import a mailbox export". Wires the shared panels to the store, the policy, the Outlook
 * categories and `mailguard-config.json`. Lifecycle: mounted once into `#mailguard-scan-mount`; the cleanup unmounts.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { classifyEmail } from '../../shared/core/classify';
import type { Classification } from '../../shared/core/types';
import { inPageImportRunner } from '../../shared/import/in-page-import-runner';
import type { ImportedLabel } from '../../shared/import/run-import';
import type { LabelInput } from '../../shared/store/types';
import { ImportPanel } from '../../shared/ui/import-panel';
import { categoryTitle } from '../../shared/ui/label-views';
import { ScanPanel, type ScanPanelProps } from '../../shared/ui/scan-panel';
import type { ScanContext, ScanMount } from '../review/scan-slot';
import { categoriesFor } from '../taskpane/outlook-categories';
import { createGraphClient } from './graph-client';
import { naaTokenProvider } from './naa-token';
import { rememberedCorrection } from './remembered-correction';
import { checkpointStore, webStorageKeyValue } from './scan-checkpoint';
import { parseScanConfig, type ScanConfig, scanScopes } from './scan-config';
import { scanMailbox } from './scan-mailbox';

/** See the file comment. */
export const mountScan: ScanMount = (host, ctx) => {
  render(<BackfillTools ctx={ctx} />, host);
  return () => render(null, host);
};

function BackfillTools({ ctx }: { readonly ctx: ScanContext }) {
  const [config, setConfig] = useState<ScanConfig | string | undefined>();
  useEffect(() => {
    loadConfig().then(setConfig, (e: unknown) => setConfig(String(e)));
  }, []);
  const owner = ctx.mailbox.userProfile?.emailAddress ?? 'unknown';
  const classify = (email: Parameters<typeof classifyEmail>[0]) =>
    classifyEmail(email, { policy: ctx.policy, now: new Date() });
  const correct = rememberedCorrection(ctx.store, ctx.policy, () => new Date());
  const saveBatch = async (labels: readonly ImportedLabel[]) => {
    const store = await ctx.store();
    const machine = labels.map(
      (l): LabelInput => ({
        mailboxId: owner,
        messageId: l.messageId,
        receivedAt: l.receivedAt,
        from: l.from,
        participants: [l.from, ...l.to, ...l.cc],
        subject: l.subject,
        classification: l.classification,
        policyVersion: ctx.policy.version,
      }),
    );
    await store.saveLabels(await Promise.all(machine.map(correct)));
    ctx.onLabelsChanged();
  };
  const start: ScanPanelProps['start'] = async (mailbox, signal, onProgress) => {
    if (typeof config !== 'object') throw new Error('not configured');
    const report = await scanMailbox({
      client: createGraphClient({
        fetch: globalThis.fetch.bind(globalThis),
        getToken: naaTokenProvider(config, scanScopes(mailbox, true)),
      }),
      mailbox,
      mailboxId: mailbox === 'me' ? owner : mailbox,
      classify,
      categoriesFor: (c) => wantedCategories(ctx, c),
      saveLabels: async (labels) => (await ctx.store()).saveLabels(labels),
      correct,
      policyVersion: ctx.policy.version,
      checkpoints: checkpointStore(webStorageKeyValue(localStorage)),
      signal,
      onProgress: (p) => onProgress({ ...p.counts, ...p, ...(p.total === undefined ? {} : { total: p.total }) }),
    });
    ctx.onLabelsChanged();
    return { status: report.status, ...report.counts, ...(report.error ? { error: report.error } : {}) };
  };
  return (
    <div class="mg-backfill">
      <ScanPanel
        start={start}
        {...(config === undefined ? { unavailable: 'Reading mailguard-config.json…' } : {})}
        {...(typeof config === 'string' ? { unavailable: `Scanning is not set up: ${config}` } : {})}
      />
      <ImportPanel runner={inPageImportRunner(classify)} saveBatch={saveBatch} />
    </div>
  );
}

/** The Mailguard category names (Outlook's) a classification wants, as the task pane names them. */
function wantedCategories(ctx: ScanContext, c: Classification): string[] {
  return categoriesFor({
    category: c.category,
    categoryTitle: categoryTitle(ctx.policy, c.category),
    period: c.retention.period,
    status: c.retention.status,
  }).map((x) => x.displayName);
}

async function loadConfig(): Promise<ScanConfig | string> {
  const response = await fetch('mailguard-config.json', { cache: 'no-store' });
  if (!response.ok) return 'no mailguard-config.json is deployed beside policy.json (it names the Entra app).';
  const parsed = parseScanConfig(await response.json());
  return parsed.ok ? parsed.config : parsed.problem;
}
