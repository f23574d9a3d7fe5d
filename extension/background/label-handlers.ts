/**
 * Mailbox verbs: list rows (preview labels, stored labels win, remembered corrections apply; answered as packed chips,
 * put into words here rather than on the webmail page's main thread), opened messages (classified whole and stored),
 * stored labels, relabels ("this is wrong"), and the label shown in each tab.
 */
import { classificationView, storedView } from '../../shared/ui/label-views';
import { isRowCells, MAX_ROWS } from '../messaging/protocol';
import { packRowChips } from '../messaging/row-chips';
import { rowTextOf } from '../sites/row-text';
import { recategorise } from './recategorise';
import type { Handlers, RouterDeps, TabLabels } from './router-types';

type LabelVerb = 'classifyRows' | 'classifyMessage' | 'getLabels' | 'relabel' | 'tabLabel';

/** The mailbox verbs' handlers. */
export function createLabelHandlers(deps: RouterDeps, tabLabels: TabLabels): Handlers<LabelVerb> {
  return {
    async classifyRows(r, s) {
      // What a tab sends is checked before anything reads it: a malformed request is refused, whole, with a reason.
      if (!Array.isArray(r.rows) || r.rows.length > MAX_ROWS || !r.rows.every(isRowCells)) {
        throw new TypeError(`malformed classifyRows request (at most ${MAX_ROWS} rows of row cells)`);
      }
      const store = await deps.store();
      const now = deps.now();
      const rows = r.rows.map((cells) => rowTextOf(cells, now));
      const stored = await store.getLabels(
        r.mailboxId,
        rows.map((x) => x.messageId),
      );
      const labels = await Promise.all(
        rows.map(async (row, i) => {
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
      return { chips: packRowChips(labels, now) };
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
    async tabLabel(r) {
      const got = tabLabels.get(r.tabId);
      return { label: got?.label ?? null, site: got?.site ?? null };
    },
  };
}
