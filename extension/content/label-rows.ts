/**
 * Chips on message-list rows, in batches. `queue(rows)` collects rows; the slice queue then runs `work(more)`, which
 * reads rows (cheap) while the slice's budget lasts; `flush()` (end of a slice) sends one `classifyRows` request for
 * the rows read once every queued row is read (a whole list in one request, however many slices reading it took);
 * its reply (the chips, already in words) is queued as it came and `work` inserts the chips, also in slices. One loop
 * per kind of work rather than one task per row: on a fresh page most of our time would otherwise go to running many
 * small cold functions once per row.
 * Why one request: the background classifies a batch on the other core while this page's main thread goes on; with a
 * request per slice, on a 2-core machine it took the core from the next slices (500 Outlook rows: slice wall-clock
 * ~2× their CPU time while it ran). The reply is unpacked in the slices that insert its chips, so that work is inside
 * the measured slices too, and no per-row objects are made for it.
 * Rows are remembered in a WeakMap (row → the conversation key it showed), so recycled rows of a windowed list are
 * relabelled and unchanged rows are skipped.
 */
import type { LabelSource, LabelView } from '../../shared/ui/label-view';
import { MAX_ROWS, type RowCells, type RowChips } from '../messaging/protocol';
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

/** A row read and sent: its chip comes back at the same index of the reply. */
interface Sent {
  readonly row: Element;
  readonly key: string;
  readonly cells: RowCells;
}

/** Chips to (re)render, in the order they became known: a reply's chips for its rows, or one label's on some rows. */
type Mount =
  | { readonly kind: 'reply'; readonly sent: readonly Sent[]; readonly chips: RowChips }
  | {
      readonly kind: 'view';
      readonly row: Element;
      readonly key: string;
      readonly messageId: string;
      readonly view: ChipView;
    };

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
  /** End of a slice: once every queued row is read, sends the rows read in one request (`MAX_ROWS` at most each). */
  flush(): void;
  /** Shows a label that just became known (an opened message, a correction) on the rows of that message. */
  apply(label: LabelView, threadId?: string): void;
}

/** Creates the labeller of list rows. */
export function createRowLabeller(o: RowLabellerOptions): RowLabeller {
  const rows = new WeakMap<Element, RowState>();
  /** Rows asked about again after a failed request: once each, so a background that keeps failing is not flooded. */
  const retried = new WeakSet<Element>();
  let toRead: Element[] = [];
  let readAt = 0;
  let read: Sent[] = [];
  let toMount: Mount[] = [];
  let mountAt = 0;
  /** How far into the first reply of `toMount` the chips are in. */
  let replyAt = 0;
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
    if (full) toMount.push({ kind: 'view', row, key, messageId: text.messageId, view: chipView(full, now) });
    else read.push({ row, key, cells: text });
  }

  function mount(row: Element, key: string, messageId: string, view: ChipView): void {
    if (!row.isConnected) return; // gone while its chip was on the way (a folder switch): no chip for a detached row
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

  /** Inserts the chips of a reply from `replyAt` while `more()` allows (asked every few chips); true when all are in. */
  function mountReply({ sent, chips }: { sent: readonly Sent[]; chips: RowChips }, more: () => boolean): boolean {
    let i = replyAt;
    while (i < sent.length) {
      const s = sent[i] as Sent;
      const view = rowChipAt(chips, i++);
      try {
        if (view) mount(s.row, s.key, s.cells.messageId, view);
      } catch (error) {
        o.onError(error);
      }
      if ((i & 3) === 0 && !more()) break;
    }
    replyAt = i;
    return i >= sent.length;
  }

  /** Inserts the chips that came back while `more()` allows; true when all are in. */
  function mountSome(more: () => boolean): boolean {
    let i = mountAt;
    while (i < toMount.length) {
      const m = toMount[i] as Mount;
      if (m.kind === 'reply') {
        if (!mountReply(m, more)) break;
        replyAt = 0;
      } else {
        try {
          mount(m.row, m.key, m.messageId, m.view);
        } catch (error) {
          o.onError(error);
        }
      }
      i++;
      if (!more()) break;
    }
    mountAt = i;
    if (i < toMount.length) return false;
    toMount = [];
    mountAt = 0;
    return true;
  }

  function queue(found: readonly Element[]): void {
    if (!found.length) return;
    if (toRead.length) for (const row of found) toRead.push(row);
    else toRead = found.slice();
    o.schedule();
  }

  /** Sends rows read; a failed request (a restarting service worker) forgets them and asks once more for those left. */
  function send(sent: readonly Sent[]): void {
    o.request({ type: 'classifyRows', mailboxId: o.mailboxId, rows: sent.map((b) => b.cells) }).then(
      ({ chips }) => {
        toMount.push({ kind: 'reply', sent, chips });
        o.schedule();
      },
      (error: unknown) => {
        o.onError(error);
        // Without this the rows would count as read and never be asked about again.
        const retry: Element[] = [];
        for (const s of sent) {
          const state = rows.get(s.row);
          if (state?.key !== s.key || state.host) continue;
          rows.delete(s.row);
          if (s.row.isConnected && !retried.has(s.row)) {
            retried.add(s.row);
            retry.push(s.row);
          }
        }
        queue(retry);
      },
    );
  }

  return {
    queue,
    work(more) {
      if (readAt < toRead.length && !readSome(more)) return false;
      return mountAt >= toMount.length || mountSome(more);
    },
    flush() {
      // Sent once every queued row is read (or a full request's worth is): one request for a whole list.
      if (!read.length || (readAt < toRead.length && read.length < MAX_ROWS)) return;
      const all = read;
      read = [];
      for (let at = 0; at < all.length; at += MAX_ROWS)
        send(all.length > MAX_ROWS ? all.slice(at, at + MAX_ROWS) : all);
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
          toMount.push({ kind: 'view', row, key: state.key, messageId: state.messageId, view });
        }
      }
      if (toMount.length > before) o.schedule();
    },
  };
}
