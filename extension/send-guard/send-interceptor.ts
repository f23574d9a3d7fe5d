/**
 * Catches every send path of a webmail page before the page sees it: capture-phase listeners on the window (installed
 * once per page, removed with the content script's AbortSignal) for
 * - a click anywhere inside the primary Send half or Send & archive (inner icon included; never the menu half),
 * - Enter or Space on a focused Send button,
 * - the site's send shortcut (Ctrl/Cmd+Enter) inside a compose,
 * - a "Schedule send" menu item (the menu lives outside the compose: the compose last used is the one sent).
 * A held attempt gets preventDefault + stopImmediatePropagation; `shouldPass` lets exactly one approved attempt
 * through untouched (see send-approvals.ts for why the page cannot use that to skip the guard).
 * Sources checked 2026-11-25: InboxSDK getPresendingStream / getPrescheduledSendingStream (keydown Ctrl/Meta+Enter on
 * the compose, Enter/Space and click on Send / Send & archive, click on the schedule item; all capture phase);
 * CH3COOOH/OutlookSendingSafety content.js (document capture click on `fui-SplitButton__primaryActionButton` or its
 * inner `fui-Icon-font` <i>, Ctrl+Enter keydown).
 */
import type { SiteAdapter } from '../sites/site-adapter';

/** How a send was started. */
export type SendTrigger = 'click' | 'key' | 'shortcut' | 'schedule';

/** One caught attempt to send a compose. */
export interface SendAttempt {
  readonly compose: Element;
  readonly trigger: SendTrigger;
  /** The Send button, menu item, or (for the shortcut) the focused element. */
  readonly target: Element;
}

/** The adapter's part the interceptor uses. */
export type SendPaths = Pick<SiteAdapter, 'composeOf' | 'composeRoots' | 'sendButtons' | 'isSendShortcut'> & {
  readonly scheduleSendItemOf?: SiteAdapter['scheduleSendItemOf'];
};

/** What to do with attempts. */
export interface InterceptorOptions {
  readonly win: Window;
  readonly adapter: SendPaths;
  readonly signal: AbortSignal;
  /** True lets the attempt through untouched (an approval was consumed). Must be synchronous. */
  shouldPass(attempt: SendAttempt): boolean;
  /** Called (after the event was stopped) for every held attempt. */
  onHeld(attempt: SendAttempt): void;
}

function elementIn(e: Event): Element | null {
  const first = e.composedPath()[0] ?? e.target;
  if (first && (first as Node).nodeType === 1) return first as Element;
  return (first as Node | null)?.parentElement ?? null;
}

/** Installs the listeners; they go away when `signal` aborts. */
export function installSendInterceptor(opts: InterceptorOptions): void {
  const { adapter, win } = opts;
  let lastCompose: Element | null = null;

  const sendButtonAt = (el: Element, compose: Element): Element | undefined =>
    adapter.sendButtons(compose).find((b) => b === el || b.contains(el));

  const hold = (e: Event, attempt: SendAttempt) => {
    if (opts.shouldPass(attempt)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    opts.onHeld(attempt);
  };

  const onClick = (e: Event) => {
    const el = elementIn(e);
    if (!el) return;
    const compose = adapter.composeOf(el);
    if (compose) {
      lastCompose = compose;
      const button = sendButtonAt(el, compose);
      if (button) hold(e, { compose, trigger: 'click', target: button });
      return;
    }
    const item = adapter.scheduleSendItemOf?.(el);
    if (!item) return;
    const roots = adapter.composeRoots(win.document);
    const target = lastCompose?.isConnected ? lastCompose : roots.length === 1 ? roots[0] : undefined;
    // A schedule item with no compose we can name is still held: the guard then reports it cannot read the draft.
    hold(e, { compose: target ?? item, trigger: 'schedule', target: item });
  };

  const onKeyDown = (e: Event) => {
    const k = e as KeyboardEvent;
    const el = elementIn(e);
    const compose = el && adapter.composeOf(el);
    if (!el || !compose) return;
    lastCompose = compose;
    if (adapter.isSendShortcut(k)) return hold(e, { compose, trigger: 'shortcut', target: el });
    if (k.key !== 'Enter' && k.key !== ' ' && k.key !== 'Spacebar') return;
    const button = sendButtonAt(el, compose);
    if (button) hold(e, { compose, trigger: 'key', target: button });
  };

  win.addEventListener('click', onClick, { capture: true, signal: opts.signal });
  win.addEventListener('keydown', onKeyDown, { capture: true, signal: opts.signal });
}
