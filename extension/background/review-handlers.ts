/**
 * Review verbs (managers and the review page): decisions, the queue, expiries per month, the audit log and its
 * verification, the export, data-subject search, re-labelling under a new policy, and the sweep.
 */

import { reviewItemView } from '../../shared/ui/label-views';
import { auditEntryView } from './audit-entry-view';
import type { Handlers, RouterDeps } from './router-types';

/** Months the expiry chart covers, from this month on. */
const EXPIRY_CHART_MONTHS = 1200;

type ReviewVerb =
  | 'recordDecision'
  | 'reviewQueue'
  | 'auditLog'
  | 'verifyAuditLog'
  | 'exportReview'
  | 'findBySubject'
  | 'expiryByMonth'
  | 'relabelOutdated'
  | 'runSweep';

/** The review verbs' handlers. */
export function createReviewHandlers(deps: RouterDeps): Handlers<ReviewVerb> {
  return {
    async recordDecision(r, s) {
      if (s.role !== 'manager') throw new Error('only a manager can record review decisions');
      for (const d of r.decisions) if (!d.reason.trim()) throw new Error('every decision needs a reason');
      const store = await deps.store();
      let recorded = 0;
      const failures: { messageId: string; error: string }[] = [];
      // Each decision is its own transaction with its audit entry: one that fails (already disposed, under hold)
      // is reported by message, the others stand.
      for (const d of r.decisions) {
        try {
          await store.recordDecision({ ...d, actor: s.actor, at: deps.now() });
          recorded++;
        } catch (e) {
          failures.push({ messageId: d.messageId, error: e instanceof Error ? e.message : String(e) });
        }
      }
      deps.changed();
      return { recorded, failures };
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
    async expiryByMonth() {
      // Counted on the store's expiry index (no rows read, so no cap on the mailbox's size). A 100-year window: the
      // chart has no "later" bar, and a month with no expiry costs nothing.
      const h = await (await deps.store()).expiryHistogram({ from: deps.now(), months: EXPIRY_CHART_MONTHS });
      return { months: [...(h.overdue ? [{ month: 'overdue', count: h.overdue }] : []), ...h.months] };
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
}
