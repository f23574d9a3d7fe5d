/**
 * The content script's engine, shared by both sites. Parts and lifecycle:
 * - one MutationObserver on the page; its callback only queues added nodes (not our own hosts) and rows whose key
 *   attribute changed;
 * - a slice queue works through them in ≤ 4 ms animation-frame slices: nodes → rows and opened messages; rows → chips
 *   (label-rows, which works through its rows and chips in batches), opened messages → label card (label-messages);
 * - single-page navigation (history API, hash routes) re-queues the page, as WXT's `wxt:locationchange` reports it;
 * - everything stops with the content-script context: observer disconnected, queue cleared, our hosts removed.
 */
import { render } from 'preact';
import type { SettingsView } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/site-adapter';
import { createMessageLabeller } from './label-messages';
import { createRowLabeller } from './label-rows';
import type { Requester } from './requester';
import { HOST_TAGS } from './shadow-host';
import { createSliceQueue } from './slice-queue';

/** The part of WXT's ContentScriptContext the engine uses (tests pass a small fake). */
export interface SiteContext {
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): unknown;
}

/** A node to look through, or the row labeller's batch work (queued once while it has some). */
type Task = { readonly kind: 'node'; readonly node: Node } | { readonly kind: 'rows' };

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'LINK',
  'META',
  'IMG',
  'SVG',
  'PATH',
  'BR',
  'INPUT',
  'TEXTAREA',
  ...HOST_TAGS,
]);

/** What a running site exposes to its entrypoint. */
export interface RunningSite {
  /** Re-queues the whole page (after a single-page navigation). */
  rescan(): void;
  /** Re-reads role and categories (after the options or an administrator changed them). */
  refreshSettings(): void;
}

/** Starts labelling a webmail page; returns when set up (labelling continues until the context is invalidated). */
export async function runSite(
  ctx: SiteContext,
  adapter: SiteAdapter,
  request: Requester,
  now: () => Date = () => new Date(),
): Promise<RunningSite> {
  const doc = document;
  const mailboxId = adapter.mailboxId(location);
  let settings: SettingsView | undefined;
  const refreshSettings = () =>
    request({ type: 'getSettings' }).then(
      (s) => {
        settings = s;
      },
      (e: unknown) => console.warn('Mailguard: settings unavailable', e),
    );
  void refreshSettings();

  const onError = (e: unknown) => console.warn('Mailguard:', e);
  // One animation frame pending at a time, cancelled on teardown. (WXT's ctx.requestAnimationFrame adds an abort
  // listener per call that is never removed: thousands over a day in a busy webmail tab.)
  let frame = 0;
  let rowsQueued = false;
  const queue = createSliceQueue<Task>({
    run: (task, more) => {
      if (task.kind === 'node') return visitNode(task.node);
      const done = rows.work(more);
      if (done) rowsQueued = false;
      return done;
    },
    // No page script can run while a slice does, so the observer rests meanwhile: our own chip insertions cost no
    // mutation records. What it recorded before the slice is queued first.
    beforeSlice: () => {
      queueRecords(observer.takeRecords());
      observer.disconnect();
    },
    afterSlice: () => {
      observe();
      rows.flush();
    },
    schedule: (next) => {
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!ctx.signal.aborted) next();
      });
    },
    onError,
  });
  const rows = createRowLabeller({
    adapter,
    mailboxId,
    request,
    now,
    schedule: () => {
      if (rowsQueued) return;
      rowsQueued = true;
      queue.push({ kind: 'rows' });
    },
    onError,
    root: () => doc,
  });
  const messages = createMessageLabeller({
    adapter,
    mailboxId,
    request,
    now,
    settings: () => settings,
    location: () => location,
    onLabel: (label, threadId) => rows.apply(label, threadId),
  });

  function visitNode(node: Node): void {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || SKIP.has(el.tagName.toUpperCase()) || !el.isConnected) return;
    const row = adapter.rowOf(el);
    rows.queue(row ? [row] : adapter.listRows(el));
    const message = adapter.messageOf(el);
    if (message) messages.visit(message);
    else for (const m of adapter.openMessages(el)) messages.visit(m);
  }

  function queueRecords(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'attributes') queue.push({ kind: 'node', node: r.target });
      else
        for (const n of r.addedNodes) if (!n.nodeName.startsWith('MAILGUARD-')) queue.push({ kind: 'node', node: n });
    }
  }
  const observer = new MutationObserver(queueRecords);
  const observed: MutationObserverInit = {
    childList: true,
    subtree: true,
    attributes: adapter.rowKeyAttributes.length > 0,
    ...(adapter.rowKeyAttributes.length ? { attributeFilter: [...adapter.rowKeyAttributes] } : {}),
  };
  const observe = () => observer.observe(doc.documentElement, observed);
  observe();
  queue.push({ kind: 'node', node: doc.body ?? doc.documentElement });

  const onNavigate = () => queue.push({ kind: 'node', node: doc.body ?? doc.documentElement });
  window.addEventListener('hashchange', onNavigate, { signal: ctx.signal });
  window.addEventListener('popstate', onNavigate, { signal: ctx.signal });

  ctx.onInvalidated(() => {
    observer.disconnect();
    queue.clear();
    rowsQueued = true; // nothing more is queued
    if (frame) cancelAnimationFrame(frame);
    for (const host of doc.querySelectorAll('mailguard-chip, mailguard-label, mailguard-banner')) {
      const mount = host.shadowRoot?.lastElementChild;
      if (mount && host.tagName !== 'MAILGUARD-CHIP') render(null, mount);
      host.remove();
    }
  });
  return { rescan: onNavigate, refreshSettings: () => void refreshSettings() };
}
