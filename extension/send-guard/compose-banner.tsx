/**
 * The early, non-blocking warning while composing: after the person stops typing or leaves a recipient field
 * (debounced), the draft is assessed and a banner above the body says what Send will do ("will be stopped", "will ask
 * for a reason"). Nothing is recorded: only Send records. Also shows the guard's notes ("removed x; press Send again").
 * Hosts are `<mailguard-banner>` elements (E's observer skips them) with their own shadow root.
 */
import { render } from 'preact';
import { warnDialogStyles } from '../../shared/ui/warn-dialog-styles';
import type { Requester } from '../content/requester';
import type { SiteAdapter } from '../sites/site-adapter';
import { recipientsOf, toDraftInput } from './draft-input';
import type { GuardVerdict } from './guard-protocol';

/** What a banner says. */
export interface BannerMessage {
  readonly tone: 'warn' | 'block' | 'info';
  readonly text: string;
}

/** Words for a verdict, or null when there is nothing to say. */
export function bannerFor(v: GuardVerdict): BannerMessage | null {
  if (v.action === 'allow') return null;
  const first = v.reasons[0] ?? '';
  return v.action === 'block'
    ? { tone: 'block', text: `Mailguard: Send will be stopped. ${first}` }
    : { tone: 'warn', text: `Mailguard: Send will ask you for a reason. ${first}` };
}

/** The banners of one page. */
export interface ComposeBanners {
  /** Shows (or with null removes) a message on a compose now. */
  show(compose: Element, message: BannerMessage | null): void;
  /** Assesses a compose after the debounce delay. */
  schedule(compose: Element): void;
}

/** Starts the banners: listens (capture, until `signal` aborts) for typing and leaving fields inside composes. */
export function startComposeBanners(o: {
  readonly win: Window;
  readonly adapter: SiteAdapter;
  readonly request: Requester;
  readonly signal: AbortSignal;
  readonly delayMs?: number;
}): ComposeBanners {
  const doc = o.win.document;
  const hosts = new WeakMap<Element, HTMLElement>();
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const live = new Set<ReturnType<typeof setTimeout>>();

  const show = (compose: Element, message: BannerMessage | null) => {
    let host = hosts.get(compose);
    if (!message) {
      if (host) {
        const mount = host.shadowRoot?.lastElementChild;
        if (mount) render(null, mount);
        host.remove();
        hosts.delete(compose);
      }
      return;
    }
    if (!host?.isConnected) {
      const slot = o.adapter.composeBannerSlot(compose);
      if (!slot) return;
      host = doc.createElement('mailguard-banner');
      host.style.display = 'block';
      const shadow = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = warnDialogStyles;
      shadow.append(style, doc.createElement('div'));
      slot.parent.insertBefore(host, slot.before);
      hosts.set(compose, host);
    }
    host.dataset.action = message.tone;
    render(
      <div class="mg-banner" role="status" aria-live="polite" data-action={message.tone}>
        {message.text}
      </div>,
      host.shadowRoot?.lastElementChild as Element,
    );
  };

  const check = async (compose: Element) => {
    if (!compose.isConnected) return;
    try {
      const { draft, quoted } = toDraftInput(o.adapter.readCompose(compose));
      if (!recipientsOf(draft).length) return show(compose, null);
      const verdict = await o.request({ type: 'assessDraft', draft, quoted });
      if (!o.signal.aborted) show(compose, bannerFor(verdict));
    } catch (e) {
      // The banner is only a heads-up: Send still runs the full check (and holds the mail if that fails too).
      console.warn('Mailguard banner:', e);
    }
  };

  const schedule = (compose: Element) => {
    const old = timers.get(compose);
    if (old) {
      clearTimeout(old);
      live.delete(old);
    }
    const t = setTimeout(() => {
      live.delete(t);
      void check(compose);
    }, o.delayMs ?? 700);
    live.add(t);
    timers.set(compose, t);
  };

  const onEvent = (e: Event) => {
    const target = e.composedPath()[0];
    if (!target || (target as Node).nodeType !== 1) return;
    const compose = o.adapter.composeOf(target as Element);
    if (compose) schedule(compose);
  };
  for (const type of ['input', 'focusout', 'paste', 'drop']) {
    o.win.addEventListener(type, onEvent, { capture: true, signal: o.signal });
  }
  o.signal.addEventListener('abort', () => {
    for (const t of live) clearTimeout(t);
    for (const host of doc.querySelectorAll('mailguard-banner')) host.remove();
  });
  return { show, schedule };
}
