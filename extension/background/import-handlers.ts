/**
 * The import verb: labelled batches from a mailbox export (the review page's import worker) become stored labels,
 * keyed by (mailbox, Message-ID), so importing the same export again updates the labels instead of adding rows. The
 * store applies remembered corrections and keeps decisions and a person's corrections, as for mail opened in webmail.
 */
import type { LabelInput } from '../../shared/store/types';
import type { ImportedLabel } from '../messaging/protocol';
import type { Handlers, RouterDeps } from './router-types';

/** Most labels one request may carry (the import worker sends 200 at a time). */
export const MAX_IMPORT_BATCH = 1000;

/** An imported message's label as the store takes it (participants: from, to and cc; hashed by the store). */
export function importedLabelInput(mailboxId: string, l: ImportedLabel, policyVersion: string): LabelInput {
  return {
    mailboxId,
    messageId: l.messageId,
    receivedAt: l.receivedAt,
    from: l.from,
    participants: [l.from, ...l.to, ...l.cc].filter(Boolean),
    subject: l.subject,
    classification: l.classification,
    policyVersion,
  };
}

/** The import verb's handler. */
export function createImportHandlers(deps: RouterDeps): Handlers<'saveImportedLabels'> {
  return {
    async saveImportedLabels(r, s) {
      if (typeof r.mailboxId !== 'string' || !r.mailboxId.trim()) throw new Error('the import needs a mailbox name');
      if (!Array.isArray(r.labels)) throw new Error('labels must be a list');
      if (r.labels.length > MAX_IMPORT_BATCH) {
        throw new Error(`at most ${MAX_IMPORT_BATCH} labels a batch (got ${r.labels.length})`);
      }
      if (!r.labels.length) return { added: 0, updated: 0 };
      const store = await deps.store();
      const known = await store.getLabels(
        r.mailboxId,
        r.labels.map((l) => l.messageId),
      );
      // One transaction for the batch: a bad label rejects the whole batch with the store's reason (nothing half-saved).
      await store.saveLabels(r.labels.map((l) => importedLabelInput(r.mailboxId, l, s.policy.version)));
      deps.changed();
      const updated = known.filter(Boolean).length;
      return { added: r.labels.length - updated, updated };
    },
  };
}
