/**
 * The paste/drop/upload guard for sites outside the organisation's allow-list (registered only after the person
 * grants the optional host permission; see paste-guard-registration.ts). Capture-phase listeners on the window hold a
 * paste, a drop or a file chosen in an upload field before the page sees it; the background assesses the text and the
 * files' names and types under the policy (the site stands in as the recipient). `allow` replays it untouched;
 * `warn` / `block` open the same dialog as Send, and warnings, blocks and overrides are recorded. Any failure holds the
 * data with an explanation and a way to continue with a justification. Lifecycle: the content script's AbortSignal.
 */
import type { Requester } from '../content/requester';
import { askPerson } from './ask-person';
import type { GuardEvent, GuardVerdict, OfferedFile } from './guard-protocol';

/** What the guard needs. */
export interface PasteGuardOptions {
  readonly win: Window;
  readonly request: Requester;
  readonly signal: AbortSignal;
  readonly ask?: typeof askPerson;
}

type Offer = { readonly text: string; readonly files: readonly File[] };

const filesOf = (list: FileList | null | undefined): File[] => (list ? [...list] : []);
const offered = (files: readonly File[]): OfferedFile[] =>
  files.map((f) => ({ name: f.name, type: f.type, size: f.size }));

/** Starts the guard; resolves once the first listeners are installed (immediately). */
export function startPasteGuard(o: PasteGuardOptions): { readonly settled: Promise<void>[] } {
  const { win, request } = o;
  const doc = win.document;
  const ask = o.ask ?? askPerson;
  const host = win.location.hostname;
  const ours = new WeakSet<Event>();
  const settled: Promise<void>[] = [];
  // Checked until the background says the site is allowed: a paste in the first milliseconds is never let through.
  let active = true;
  request({ type: 'pasteGuardConfig', host }).then(
    (c) => {
      active = c.active;
    },
    (e: unknown) => console.warn('Mailguard paste guard: keeps checking, settings unavailable', e),
  );

  const record = (event: GuardEvent) => request({ type: 'recordSharingEvent', event });

  /** Assesses an offer; resolves true when it may reach the page. */
  const decide = async (offer: Offer, what: string): Promise<boolean> => {
    let verdict: GuardVerdict;
    let mode: 'warn' | 'block' | 'error';
    let errorText: string | undefined;
    try {
      verdict = await request({ type: 'assessPaste', host, text: offer.text, files: offered(offer.files) });
      if (verdict.action === 'allow') return true;
      mode = verdict.action;
    } catch (e) {
      errorText = `Mailguard could not check ${what} (${e instanceof Error ? e.message : String(e)}).`;
      verdict = { action: 'block', reasons: [errorText], recipients: [], found: [], policyVersion: '' };
      mode = 'error';
    }
    const base = {
      action: verdict.action,
      recipients: verdict.recipients.length
        ? verdict.recipients.map((r) => ({ domain: r.domain || host, status: r.status }))
        : [{ domain: host, status: 'unvetted' as const }],
      kinds: Object.fromEntries(verdict.found.map((f) => [f.kind, f.count])),
    };
    const first: GuardEvent['kind'] = mode === 'error' ? 'guard_error' : mode === 'block' ? 'block' : 'warning';
    await record({ kind: first, ...base }).catch((e: unknown) => console.warn('Mailguard: not recorded', e));
    const choice = await ask(doc, {
      mode,
      verdict,
      subjectWords: what,
      overrideWords: what === 'this paste' ? 'Paste anyway' : what === 'this text' ? 'Drop anyway' : 'Upload anyway',
      ...(errorText ? { errorText } : {}),
      canRemove: false,
      confirm: (justification) => record({ kind: 'override', justification, ...base }).then(() => {}),
    });
    return choice.type === 'send';
  };

  const replayText = (target: EventTarget | null, text: string) => {
    const el = target as HTMLElement | null;
    if (!el || !text) return;
    el.focus?.();
    if (doc.execCommand?.('insertText', false, text)) return;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };

  const hold = (e: Event, offer: Offer, what: string, replay: () => void, refuse: () => void) => {
    if (ours.has(e)) {
      ours.delete(e);
      return;
    }
    if (!active || (!offer.text.trim() && !offer.files.length)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    settled.push(
      decide(offer, what)
        .then((ok) => (ok ? replay() : refuse()))
        .catch((err: unknown) => console.warn('Mailguard paste guard:', err)),
    );
    if (settled.length > 20) settled.splice(0, settled.length - 20);
  };

  const onPaste = (e: Event) => {
    const c = (e as ClipboardEvent).clipboardData;
    const offer = { text: c?.getData('text/plain') ?? '', files: filesOf(c?.files) };
    hold(
      e,
      offer,
      'this paste',
      () => {
        const dt = new DataTransfer();
        if (offer.text) dt.setData('text/plain', offer.text);
        for (const f of offer.files) dt.items.add(f);
        const again = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
        ours.add(again);
        const handled = !e.target?.dispatchEvent(again);
        if (!handled) replayText(e.target, offer.text);
      },
      () => {},
    );
  };

  const onDrop = (e: Event) => {
    const d = e as DragEvent;
    const offer = { text: d.dataTransfer?.getData('text/plain') ?? '', files: filesOf(d.dataTransfer?.files) };
    hold(
      e,
      offer,
      offer.files.length ? 'these files' : 'this text',
      () => {
        const dt = new DataTransfer();
        if (offer.text) dt.setData('text/plain', offer.text);
        for (const f of offer.files) dt.items.add(f);
        const again = new DragEvent('drop', {
          dataTransfer: dt,
          bubbles: true,
          cancelable: true,
          clientX: d.clientX,
          clientY: d.clientY,
        });
        ours.add(again);
        const handled = !e.target?.dispatchEvent(again);
        if (!handled && !offer.files.length) replayText(e.target, offer.text);
      },
      () => {},
    );
  };

  const onFileChosen = (e: Event) => {
    const input = e.target as HTMLInputElement | null;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    const offer = { text: '', files: filesOf(input.files) };
    hold(
      e,
      offer,
      offer.files.length > 1 ? 'these files' : 'this file',
      () => {
        for (const type of ['input', 'change']) {
          const again = new Event(type, { bubbles: true });
          ours.add(again);
          input.dispatchEvent(again);
        }
      },
      () => {
        input.value = '';
      },
    );
  };

  // A file input fires `input` before `change`: the page must not see either until the check is done (`change` runs it).
  const onFileInput = (e: Event) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    if (ours.has(e)) ours.delete(e);
    else if (active && input.files?.length) e.stopImmediatePropagation();
  };

  const opts = { capture: true, signal: o.signal };
  win.addEventListener('input', onFileInput, opts);
  win.addEventListener('paste', onPaste, opts);
  win.addEventListener('drop', onDrop, opts);
  win.addEventListener('change', onFileChosen, opts);
  return { settled };
}
