/**
 * Chips on message-list rows. `visit(row)` reads the row's text (cheap) and batches it; `flush()` (end of a slice) sends
 * one `classifyRows` request for the batch; replies come back as mount tasks so chip rendering also runs in slices.
 * Rows are remembered in a WeakMap (row → the conversation key it showed), so recycled rows of a windowed list are
 * relabelled and unchanged rows are skipped.
 */
import type { LabelView } from '../../shared/ui/label-view';
import type { RowText } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/site-adapter';
import { type ChipHost, createChipHost, renderChipDom } from './chip-dom';
import type { Requester } from './requester';

interface RowState {
  key: string;
  messageId: string;
  threadId: string | undefined;
  host: ChipHost | undefined;
  label: LabelView | undefined;
}

/** A chip to (re)render, queued as a task. */
export interface MountTask {
  readonly kind: 'mount';
  readonly row: Element;
  readonly key: string;
  readonly label: LabelView;
}

/** Options of {@link createRowLabeller}. */
export interface RowLabellerOptions {
  readonly adapter: SiteAdapter;
  readonly mailboxId: string;
  readonly request: Requester;
  readonly now: () => Date;
  /** Queues a mount task (the content script's slice queue). */
  readonly enqueue: (task: MountTask) => void;
  readonly onError: (error: unknown) => void;
  readonly root: () => ParentNode;
}

/** The row labeller's handle. */
export interface RowLabeller {
  visit(row: Element): void;
  flush(): void;
  mount(task: MountTask): void;
  /** Shows a label that just became known (an opened message, a correction) on the rows of that message. */
  apply(label: LabelView, threadId?: string): void;
}

/** Creates the labeller of list rows. */
export function createRowLabeller(o: RowLabellerOptions): RowLabeller {
  const rows = new WeakMap<Element, RowState>();
  let pending: { row: Element; key: string; text: RowText }[] = [];
  // Full labels learnt from opened messages, for rows mounted later (bounded: oldest forgotten first).
  const known = new Map<string, LabelView>();
  const remember = (id: string, label: LabelView) => {
    known.delete(id);
    known.set(id, label);
    if (known.size > 500) known.delete(known.keys().next().value as string);
  };

  return {
    visit(row) {
      const key = o.adapter.rowKey(row);
      if (!key) return;
      const state = rows.get(row);
      if (state && state.key === key && (!state.host || state.host.host.isConnected)) return;
      const text = o.adapter.readRow(row, o.now());
      if (!text) return;
      if (state?.host && state.key !== key) state.host.host.remove();
      rows.set(row, { key, messageId: text.messageId, threadId: text.threadId, host: undefined, label: undefined });
      const full = known.get(text.messageId) ?? (text.threadId ? known.get(`thread:${text.threadId}`) : undefined);
      if (full) o.enqueue({ kind: 'mount', row, key, label: { ...full, messageId: text.messageId } });
      else pending.push({ row, key, text });
    },
    flush() {
      if (!pending.length) return;
      const batch = pending;
      pending = [];
      o.request({ type: 'classifyRows', mailboxId: o.mailboxId, rows: batch.map((b) => b.text) }).then(({ labels }) => {
        labels.forEach((label, i) => {
          const b = batch[i];
          if (b) o.enqueue({ kind: 'mount', row: b.row, key: b.key, label });
        });
      }, o.onError);
    },
    mount({ row, key, label }) {
      const state = rows.get(row);
      if (!state || state.key !== key || o.adapter.rowKey(row) !== key) return;
      if (
        state.label?.source === 'message' &&
        label.source === 'preview' &&
        state.label.messageId === label.messageId
      ) {
        return;
      }
      const shown = state.host;
      if (shown?.host.isConnected) {
        state.label = label;
        shown.host.setAttribute('data-category', label.category);
        shown.host.setAttribute('data-source', label.source);
        renderChipDom(shown.root, label, o.now());
        return;
      }
      // A new chip is built while detached and inserted last: one change to the page's tree per row.
      const slot = o.adapter.chipSlot(row);
      if (!slot) return;
      state.label = label;
      state.host = createChipHost(label, o.now());
      slot.parent.insertBefore(state.host.host, slot.before);
    },
    apply(label, threadId) {
      remember(label.messageId, label);
      if (threadId) remember(`thread:${threadId}`, label);
      for (const row of o.adapter.listRows(o.root())) {
        const state = rows.get(row);
        if (!state) continue;
        if (state.messageId === label.messageId || (threadId && state.threadId === threadId)) {
          o.enqueue({ kind: 'mount', row, key: state.key, label: { ...label, messageId: state.messageId } });
        }
      }
    },
  };
}
