/**
 * The background's answer to every protocol verb. The database, settings, clock and core are injected, so the router
 * is tested in Node with fake-indexeddb. Content scripts may use only the mailbox verbs; the extension's own pages
 * (popup, review, options) may use all. Errors come back as `{ ok: false, error }`, never as a silent success.
 */
import type { Policy } from '../../shared/core/policy/schema';
import type { Classification, EmailInput } from '../../shared/core/types';
import type { MailguardStore } from '../../shared/store/types';
import type { LabelView } from '../../shared/ui/label-view';
import type { Reply, Request, RequestOf, ResponseOf, SettingsView, Verb } from '../messaging/protocol';
import { createSendGuardHandlers } from '../send-guard/background/send-guard-handlers';
import { SEND_GUARD_VERBS } from '../send-guard/guard-protocol';
import { auditEntryView } from './audit-entry-view';
import { classificationView, type DescribeKind, reviewItemView, storedView } from './label-views';
import { recategorise } from './recategorise';
import type { PolicyParser, Settings } from './settings';

/** What the router needs. */
export interface RouterDeps {
  readonly store: () => Promise<MailguardStore>;
  readonly settings: () => Promise<Settings>;
  /** Persists the user's own settings (storage.local). */
  readonly saveLocal: (patch: { role?: string; actor?: string; policy?: unknown }) => Promise<void>;
  readonly classify: (email: EmailInput, context: { policy: Policy; now: Date }) => Classification;
  readonly parsePolicy: PolicyParser;
  readonly describeKind: DescribeKind;
  readonly now: () => Date;
  /** Called after anything that may change the review counts (badge). */
  readonly changed: () => void;
}

/** Who sent a request: a tab's content script, or one of our pages. */
export interface RequestSender {
  readonly tabId?: number;
  readonly fromContentScript: boolean;
}

const CONTENT_VERBS: ReadonlySet<Verb> = new Set([
  'classifyRows',
  'classifyMessage',
  'getLabels',
  'relabel',
  'recordDecision',
  'getSettings',
  ...SEND_GUARD_VERBS,
]);

/** Builds the settings view pages and content scripts see. */
export function settingsView(s: Settings): SettingsView {
  return {
    role: s.role,
    roleLocked: s.roleLocked,
    actor: s.actor,
    policyJson: JSON.stringify(s.policy, null, 2),
    policyVersion: s.policy.version,
    policySource: s.policySource,
    categories: s.policy.categories.map((c) => ({ id: c.id, title: c.title })),
    ...(s.managedProblem ? { managedProblem: s.managedProblem } : {}),
  };
}

/** Creates the router: `handle(request, sender)` resolves with the reply to send back. */
export function createRequestRouter(deps: RouterDeps) {
  const tabLabels = new Map<number, { label: LabelView; site: string }>();
  const sendGuard = createSendGuardHandlers({ store: deps.store, now: deps.now });

  const handlers: { [V in Verb]: (r: RequestOf<V>, s: Settings, sender: RequestSender) => Promise<ResponseOf<V>> } = {
    ...sendGuard,
    async classifyRows(r, s) {
      const store = await deps.store();
      const now = deps.now();
      const stored = await store.getLabels(
        r.mailboxId,
        r.rows.map((x) => x.messageId),
      );
      const labels = await Promise.all(
        r.rows.map(async (row, i) => {
          const kept = stored[i];
          if (kept) return storedView(kept, s.policy, deps.describeKind);
          const c = deps.classify(
            { from: row.from, to: [], subject: row.subject, body: row.preview, receivedAt: row.receivedAt },
            { policy: s.policy, now },
          );
          const fix = await store.correctionFor({
            mailboxId: r.mailboxId,
            from: row.from,
            ...(row.threadId ? { threadId: row.threadId } : {}),
          });
          if (fix) {
            const fixed = recategorise(c, fix.category, s.policy, row.receivedAt, now, fix.actor);
            return classificationView(fixed, row.messageId, s.policy, deps.describeKind, 'person', fix.actor);
          }
          return classificationView(c, row.messageId, s.policy, deps.describeKind, 'preview');
        }),
      );
      return { labels };
    },
    async classifyMessage(r, s, sender) {
      const store = await deps.store();
      const now = deps.now();
      const m = r.message;
      let c = deps.classify(
        {
          from: m.from,
          to: m.to,
          cc: m.cc,
          subject: m.subject,
          body: m.body,
          receivedAt: m.receivedAt,
          attachments: m.attachments,
        },
        { policy: s.policy, now },
      );
      const fix = await store.correctionFor({
        mailboxId: r.mailboxId,
        from: m.from,
        ...(m.threadId ? { threadId: m.threadId } : {}),
      });
      if (fix) c = recategorise(c, fix.category, s.policy, m.receivedAt, now, fix.actor);
      const saved = await store.saveLabel({
        mailboxId: r.mailboxId,
        messageId: m.messageId,
        ...(m.threadId ? { threadId: m.threadId } : {}),
        receivedAt: m.receivedAt,
        from: m.from,
        participants: [m.from, ...m.to, ...m.cc].filter(Boolean),
        subject: m.subject,
        classification: c,
        policyVersion: s.policy.version,
        ...(fix ? { correctedBy: fix.actor } : {}),
      });
      const label = storedView(saved, s.policy, deps.describeKind);
      if (sender.tabId !== undefined) tabLabels.set(sender.tabId, { label, site: r.mailboxId });
      deps.changed();
      return { label };
    },
    async getLabels(r, s) {
      const store = await deps.store();
      const got = await store.getLabels(r.mailboxId, r.messageIds);
      return { labels: got.map((x) => (x ? storedView(x, s.policy, deps.describeKind) : null)) };
    },
    async relabel(r, s, sender) {
      if (!s.policy.categories.some((c) => c.id === r.category)) throw new Error(`unknown category "${r.category}"`);
      if (!r.reason.trim()) throw new Error('a reason is required');
      const store = await deps.store();
      const at = deps.now();
      const existing = await store.getLabel(r.mailboxId, r.messageId);
      if (!existing) throw new Error('open the message first: it has no stored label yet');
      await store.recordDecision({
        mailboxId: r.mailboxId,
        messageId: r.messageId,
        actor: s.actor,
        at,
        type: 'relabel',
        category: r.category,
        reason: r.reason,
      });
      await store.rememberCorrection({
        mailboxId: r.mailboxId,
        ...(r.from ? { from: r.from } : {}),
        ...(r.threadId ? { threadId: r.threadId } : {}),
        category: r.category,
        actor: s.actor,
        reason: r.reason,
      });
      const now = await store.getLabel(r.mailboxId, r.messageId);
      if (!now) throw new Error('the corrected label was not stored');
      const label = storedView(now, s.policy, deps.describeKind);
      if (sender.tabId !== undefined) tabLabels.set(sender.tabId, { label, site: r.mailboxId });
      deps.changed();
      return { label };
    },
    async recordDecision(r, s) {
      if (s.role !== 'manager') throw new Error('only a manager can record review decisions');
      for (const d of r.decisions) if (!d.reason.trim()) throw new Error('every decision needs a reason');
      const store = await deps.store();
      let recorded = 0;
      for (const d of r.decisions) {
        await store.recordDecision({ ...d, actor: s.actor, at: deps.now() });
        recorded++;
      }
      deps.changed();
      return { recorded };
    },
    async getSettings(_r, s) {
      return settingsView(s);
    },
    async saveSettings(r, s) {
      if (r.role !== undefined && s.roleLocked) throw new Error('your administrator has fixed the role');
      await deps.saveLocal({
        ...(r.role ? { role: r.role } : {}),
        ...(r.actor !== undefined ? { actor: r.actor } : {}),
      });
      deps.changed();
      return settingsView(await deps.settings());
    },
    async savePolicy(r, s) {
      if (s.policySource === 'managed') throw new Error('your administrator manages the policy; it is read-only here');
      const parsed = deps.parsePolicy(r.policy);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      await deps.saveLocal({ policy: r.policy });
      const store = await deps.store();
      await store.setPolicy(parsed.policy, s.actor);
      deps.changed();
      return { ok: true, settings: settingsView(await deps.settings()) };
    },
    async reviewQueue(r, s) {
      const store = await deps.store();
      const page = await store.reviewQueue({ ...r.query, now: deps.now() });
      return { ...page, items: page.items.map((x) => reviewItemView(x, s.policy, deps.describeKind)) };
    },
    async auditLog(r) {
      const store = await deps.store();
      const entries = await store.auditLog({
        order: 'desc',
        ...(r.limit ? { limit: r.limit } : {}),
        ...(r.offset ? { offset: r.offset } : {}),
      });
      return { entries: entries.map(auditEntryView) };
    },
    async verifyAuditLog() {
      return (await deps.store()).verifyAuditLog();
    },
    async exportReview(r) {
      const text = await (await deps.store()).exportReview(r.format, deps.now());
      const day = deps.now().toISOString().slice(0, 10);
      return {
        text,
        mime: r.format === 'csv' ? 'text/csv' : 'application/json',
        filename: `mailguard-review-${day}.${r.format}`,
      };
    },
    async findBySubject(r, s) {
      const items = await (await deps.store()).findBySubject(r.address.trim().toLowerCase());
      return { items: items.map((x) => reviewItemView(x, s.policy, deps.describeKind)) };
    },
    async tabLabel(r) {
      const got = tabLabels.get(r.tabId);
      return { label: got?.label ?? null, site: got?.site ?? null };
    },
    async expiryByMonth() {
      const store = await deps.store();
      const now = deps.now();
      const buckets = new Map<string, number>();
      const pageSize = 500;
      for (let page = 0; page < 40; page++) {
        const got = await store.reviewQueue({ now, page, pageSize, sort: 'expiresAt' });
        for (const item of got.items) {
          if (!item.expiresAt || item.status === 'disposed' || item.status === 'legal_hold') continue;
          const key = item.expiresAt <= now.toISOString() ? 'overdue' : item.expiresAt.slice(0, 7);
          buckets.set(key, (buckets.get(key) ?? 0) + 1);
        }
        if ((page + 1) * pageSize >= got.total) break;
      }
      const months = [...buckets].map(([month, count]) => ({ month, count }));
      months.sort((a, b) => (a.month === 'overdue' ? -1 : b.month === 'overdue' ? 1 : a.month.localeCompare(b.month)));
      return { months };
    },
    async relabelOutdated(_r, s) {
      const out = await (await deps.store()).relabelOutdated(s.policy, deps.now());
      deps.changed();
      return out;
    },
    async runSweep(_r, s) {
      const store = await deps.store();
      const now = deps.now();
      const { changed, byStatus } = await store.sweep(now);
      deps.changed();
      void s;
      return { changed, needingReview: (byStatus.expired ?? 0) + (byStatus.due_soon ?? 0) };
    },
  };

  return {
    async handle(request: Request, sender: RequestSender): Promise<Reply<Verb>> {
      try {
        if (sender.fromContentScript && !CONTENT_VERBS.has(request.type)) {
          throw new Error(`"${request.type}" is not available to web pages' content scripts`);
        }
        const settings = await deps.settings();
        const handler = handlers[request.type] as (
          r: Request,
          s: Settings,
          x: RequestSender,
        ) => Promise<ResponseOf<Verb>>;
        return { ok: true, value: await handler(request, settings, sender) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    /** Forgets a closed tab's label (popup). */
    forgetTab(tabId: number) {
      tabLabels.delete(tabId);
    },
  };
}
