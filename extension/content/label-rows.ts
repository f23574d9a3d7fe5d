/**
 * Chips on message-list rows, in batches. `queue(rows)` collects rows; the slice queue then runs `work(more)`, which
 * reads rows (cheap) while the slice's budget lasts; `flush()` (end of a slice) sends one `classifyRows` request for
 * the rows read; its reply (the chips, already in words) is queued in turn and `work` inserts the chips, also in
 * slices. One loop per kind of work rather than one task per row: on a fresh page most of our time would otherwise go
 * to running many small cold functions once per row.
 * Rows are remembered in a WeakMap (row → the conversation key it showed), so recycled rows of a windowed list are
 * relabelled and unchanged rows are skipped.
 */
import type { LabelSource, LabelView } from '../../shared/ui/label-view';
import type { RowCells } from '../messaging/protocol';
import { type ChipView, chipView, rowChipAt } from '../messaging/row-chips';
import type { SiteAdapter } from '../sites/site-adapter';
import { type ChipHost, createChipFromView, renderChipView } from './chip-dom';
import type { Requester } from './requester';

interface RowState {
  key: string;
  messageId: string;
  threadId: string | undefined;
  host: ChipHost | undefined;
  /** Where the chip shown came from, and for which message. */
  source: LabelSource | undefined;
  shownId: string | undefined;
}

/** A chip to (re)render on a row, once it is that row's turn. */
interface Mount {
  readonly row: Element;
  readonly key: string;
  readonly messageId: string;
  readonly view: ChipView;
}

/** Options of {@link createRowLabeller}. */
export interface RowLabellerOptions {
  readonly adapter: SiteAdapter;
  readonly mailboxId: string;
  readonly request: Requester;
  readonly now: () => Date;
  /** Asks the content script's slice queue to call `work` (again) soon. */
  readonly schedule: () => void;
  readonly onError: (error: unknown) => void;
  readonly root: () => ParentNode;
}

/** The row labeller's handle. */
export interface RowLabeller {
  /** Queues rows to read (found in the page, added, or recycled). */
  queue(rows: readonly Element[]): void;
  /** Reads queued rows, then inserts chips that came back, while `more()` allows; true when nothing is left. */
  work(more: () => boolean): boolean;
  /** Sends the rows read since the last flush in one request (end of a slice). */
  flush(): void;
  /** Shows a label that just became known (an opened message, a correction) on the rows of that message. */
  apply(label: LabelView, threadId?: string): void;
}

/** Creates the labeller of list rows. */
export function createRowLabeller(o: RowLabellerOptions): RowLabeller {
  const rows = new WeakMap<Element, RowState>();
  let toRead: Element[] = [];
  let readAt = 0;
  let read: { row: Element; key: string; cells: RowCells }[] = [];
  let toMount: Mount[] = [];
  let mountAt = 0;
  // Full labels learnt from opened messages, for rows mounted later (bounded: oldest forgotten first).
  const known = new Map<string, LabelView>();
  const remember = (id: string, label: LabelView) => {
    known.delete(id);
    known.set(id, label);
    if (known.size > 500) known.delete(known.keys().next().value as string);
  };

  function readRow(row: Element, now: Date): void {
    const key = o.adapter.rowKey(row);
    if (!key) return;
    const state = rows.get(row);
    if (state && state.key === key && (!state.host || state.host.host.isConnected)) return;
    const text = o.adapter.readRowCells(row);
    if (!text) return;
    if (state?.host && state.key !== key) state.host.host.remove();
    rows.set(row, {
      key,
      messageId: text.messageId,
      threadId: text.threadId,
      host: undefined,
      source: undefined,
      shownId: undefined,
    });
    const full = known.size
      ? (known.get(text.messageId) ?? (text.threadId ? known.get(`thread:${text.threadId}`) : undefined))
      : undefined;
    if (full) toMount.push({ row, key, messageId: text.messageId, view: chipView(full, now) });
    else read.push({ row, key, cells: text });
  }

  function mount({ row, key, messageId, view }: Mount): void {
    const state = rows.get(row);
    if (!state || state.key !== key || o.adapter.rowKey(row) !== key) return;
    // A preview never replaces the full label of the same message.
    if (state.source === 'message' && view.state.source === 'preview' && state.shownId === messageId) return;
    state.source = view.state.source;
    state.shownId = messageId;
    const shown = state.host;
    if (shown?.host.isConnected) {
      shown.host.setAttribute('data-category', view.state.category);
      shown.host.setAttribute('data-source', view.state.source);
      renderChipView(shown.root, view);
      return;
    }
    // A new chip is built while detached and inserted last: one change to the page's tree per row.
    const slot = o.adapter.chipSlot(row);
    if (!slot) return;
    state.host = createChipFromView(view);
    slot.parent.insertBefore(state.host.host, slot.before);
  }

  // Two loops of their own rather than one generic loop taking a callback: each call site then has one target, which
  // V8 inlines once the loop is hot (a few hundred rows into a fresh page).
  /** Reads queued rows while `more()` allows (asked every few rows); true when all are read. */
  function readSome(more: () => boolean): boolean {
    const now = o.now();
    let i = readAt;
    while (i < toRead.length) {
      const row = toRead[i++] as Element;
      try {
        readRow(row, now);
      } catch (error) {
        o.onError(error);
      }
      if ((i & 3) === 0 && !more()) break;
    }
    readAt = i;
    if (i < toRead.length) return false;
    toRead = [];
    readAt = 0;
    return true;
  }

  /** Inserts the chips that came back while `more()` allows (asked every few chips); true when all are in. */
  function mountSome(more: () => boolean): boolean {
    let i = mountAt;
    while (i < toMount.length) {
      const m = toMount[i++] as Mount;
      try {
        mount(m);
      } catch (error) {
        o.onError(error);
      }
      if ((i & 3) === 0 && !more()) break;
    }
    mountAt = i;
    if (i < toMount.length) return false;
    toMount = [];
    mountAt = 0;
    return true;
  }

  return {
    queue(found) {
      if (!found.length) return;
      if (toRead.length) for (const row of found) toRead.push(row);
      else toRead = found.slice();
      o.schedule();
    },
    work(more) {
      if (readAt < toRead.length && !readSome(more)) return false;
      return mountAt >= toMount.length || mountSome(more);
    },
    flush() {
      if (!read.length) return;
      const batch = read;
      read = [];
      o.request({ type: 'classifyRows', mailboxId: o.mailboxId, rows: batch.map((b) => b.cells) }).then(({ chips }) => {
        const before = toMount.length;
        for (let i = 0; i < batch.length; i++) {
          const b = batch[i] as (typeof batch)[number];
          const view = rowChipAt(chips, i);
          if (view) toMount.push({ row: b.row, key: b.key, messageId: b.cells.messageId, view });
        }
        if (toMount.length > before) o.schedule();
      }, o.onError);
    },
    apply(label, threadId) {
      remember(label.messageId, label);
      if (threadId) remember(`thread:${threadId}`, label);
      const view = chipView(label, o.now());
      const before = toMount.length;
      for (const row of o.adapter.listRows(o.root())) {
        const state = rows.get(row);
        if (!state) continue;
        if (state.messageId === label.messageId || (threadId && state.threadId === threadId)) {
          toMount.push({ row, key: state.key, messageId: state.messageId, view });
        }
      }
      if (toMount.length > before) o.schedule();
    },
  };
}
