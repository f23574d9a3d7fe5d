/**
 * A person's remembered correction wins over the machine, for scanned and imported mail as for mail opened in the task
 * pane: the store's `correctionFor` (by sender or thread) relabels the machine's label with the task pane's own
 * `applyCorrection`, and names who corrected it.
 */
import type { Policy } from '../../shared/core/policy/schema';
import type { LabelInput, MailguardStore } from '../../shared/store/types';
import { applyCorrection } from '../taskpane/label-message';

/** A `correct` hook for `scanMailbox` (and the import's save step). */
export function rememberedCorrection(
  store: () => Promise<Pick<MailguardStore, 'correctionFor'>>,
  policy: Policy,
  now: () => Date,
): (label: LabelInput) => Promise<LabelInput> {
  return async (label) => {
    const found = await (await store()).correctionFor({
      mailboxId: label.mailboxId,
      from: label.from,
      ...(label.threadId ? { threadId: label.threadId } : {}),
    });
    if (!found || found.category === label.classification.category) return label;
    const classification = applyCorrection(
      label.classification,
      found.category,
      found.actor,
      label.receivedAt,
      policy,
      now(),
    );
    return { ...label, classification, correctedBy: found.actor };
  };
}
