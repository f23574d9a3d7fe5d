/**
 * The send guard of a webmail page. Parts and lifecycle (all tied to the content script's AbortSignal):
 * - the interceptor (capture listeners) holds every send attempt; one check per compose runs at a time;
 * - the draft is read through the site adapter, mapped to the core's DraftInput and assessed by the background
 *   (which holds the policy and records events); `allow` re-sends untouched through a one-shot approval;
 * - `warn` / `block` open the dialog; its outcome (warning, block, override with justification) is recorded;
 * - any failure — an exception, recipients the page no longer shows readably, no answer from the background — holds
 *   the mail and offers to continue with a justification (recorded as guard_error + override): never a silent send;
 * - banners warn early while composing.
 * Timing: performance marks `mailguard:send-held` → `mailguard:send-decided`, measure `mailguard:send-to-decision`.
 */
import type { Requester } from '../content/requester';
import type { SiteAdapter } from '../sites/site-adapter';
import { askPerson, closeDialogs, type DialogChoice } from './ask-person';
import { type ComposeBanners, startComposeBanners } from './compose-banner';
import { addressesOf, fingerprint, type MappedDraft, toDraftInput } from './draft-input';
import type { GuardEvent, GuardJustification, GuardVerdict } from './guard-protocol';
import { removeFlagged } from './remove-flagged';
import { createApprovals } from './send-approvals';
import { installSendInterceptor, type SendAttempt } from './send-interceptor';

/** What the guard needs. */
export interface SendGuardOptions {
  readonly win: Window;
  readonly adapter: SiteAdapter;
  readonly request: Requester;
  readonly signal: AbortSignal;
  /** The dialog (tests replace it). */
  readonly ask?: typeof askPerson;
  readonly bannerDelayMs?: number;
}

/** How one held attempt ended. */
export type GuardOutcome = 'sent' | 'back' | 'removed' | 'blocked' | 'error-back';

const UNREADABLE = '\u0000unreadable';

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Starts the guard; returns a hook tests use to await the outcomes of the last (up to 20) held attempts. */
export function startSendGuard(o: SendGuardOptions): { readonly settled: Promise<GuardOutcome>[] } {
  const { adapter, request, win } = o;
  const ask = o.ask ?? askPerson;
  const approvals = createApprovals();
  const pending = new WeakSet<Element>();
  const settled: Promise<GuardOutcome>[] = [];
  const banners: ComposeBanners = startComposeBanners({
    win,
    adapter,
    request,
    signal: o.signal,
    ...(o.bannerDelayMs !== undefined ? { delayMs: o.bannerDelayMs } : {}),
  });

  const read = (compose: Element): MappedDraft => toDraftInput(adapter.readCompose(compose));
  const printOf = (compose: Element): string => {
    try {
      return fingerprint(read(compose).draft);
    } catch {
      return UNREADABLE;
    }
  };
  const record = (event: GuardEvent) => request({ type: 'recordSharingEvent', event });

  const resend = (a: SendAttempt, print: string) => {
    approvals.grant(a.compose, print);
    if ((a.trigger === 'click' || a.trigger === 'schedule') && a.target.isConnected) {
      (a.target as HTMLElement).click();
      return;
    }
    const button = adapter.sendButtons(a.compose)[0] as HTMLElement | undefined;
    if (button) return button.click();
    a.target.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
    );
  };

  const holdOnError = async (a: SendAttempt, why: string, readable: readonly string[]): Promise<GuardOutcome> => {
    const recipients = readable.map((r) => ({ domain: domainOf(r), status: 'unvetted' as const }));
    const base = { action: 'block' as const, recipients, kinds: {} };
    await record({ kind: 'guard_error', ...base }).catch((e: unknown) => console.warn('Mailguard: not recorded', e));
    const verdict: GuardVerdict = { action: 'block', reasons: [why], recipients: [], found: [], policyVersion: '' };
    const choice = await ask(win.document, {
      mode: 'error',
      verdict,
      errorText: why,
      canRemove: false,
      confirm: (justification: GuardJustification) =>
        record({ kind: 'override', justification, ...base }).then(() => {}),
    });
    if (choice.type !== 'send') return 'error-back';
    resend(a, printOf(a.compose));
    return 'sent';
  };

  const check = async (a: SendAttempt): Promise<GuardOutcome> => {
    const perf = win.performance;
    perf.mark('mailguard:send-held');
    let mapped: MappedDraft;
    let verdict: GuardVerdict;
    try {
      mapped = read(a.compose);
      const to = addressesOf(mapped.draft);
      if (mapped.unreadable.length) {
        const names = mapped.unreadable.join(', ');
        return holdOnError(a, `Mailguard could not read the address of ${names} (the page may have changed).`, to);
      }
      if (!to.length) {
        return holdOnError(a, 'Mailguard could not find who this mail goes to (the page may have changed).', to);
      }
      verdict = await request({ type: 'assessDraft', draft: mapped.draft, quoted: mapped.quoted });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return holdOnError(a, `Mailguard could not check this mail (${detail}).`, []);
    } finally {
      perf.mark('mailguard:send-decided');
      perf.measure('mailguard:send-to-decision', 'mailguard:send-held', 'mailguard:send-decided');
    }
    const print = fingerprint(mapped.draft);
    if (verdict.action === 'allow') {
      resend(a, print);
      return 'sent';
    }
    const base = {
      action: verdict.action,
      recipients: verdict.recipients.map((r) => ({ domain: r.domain || domainOf(r.address), status: r.status })),
      kinds: Object.fromEntries(verdict.found.map((f) => [f.kind, f.count])),
    };
    await record({ kind: verdict.action === 'block' ? 'block' : 'warning', ...base }).catch((e: unknown) =>
      console.warn('Mailguard: warning not recorded', e),
    );
    const choice: DialogChoice = await ask(win.document, {
      mode: verdict.action,
      verdict,
      canRemove: verdict.recipients.some((r) => r.status === 'unvetted' || r.status === 'lookalike'),
      confirm: (justification) => record({ kind: 'override', justification, ...base }).then(() => {}),
    });
    if (choice.type === 'send') {
      resend(a, print);
      return 'sent';
    }
    if (choice.type === 'remove') {
      banners.show(a.compose, removeFlagged(adapter, a.compose, verdict));
      return 'removed';
    }
    return verdict.action === 'block' ? 'blocked' : 'back';
  };

  installSendInterceptor({
    win,
    adapter,
    signal: o.signal,
    shouldPass(a) {
      if (!approvals.has(a.compose)) return false;
      return approvals.consume(a.compose, printOf(a.compose));
    },
    onHeld(a) {
      if (pending.has(a.compose)) return;
      pending.add(a.compose);
      const done = check(a)
        .catch((e: unknown) => {
          console.warn('Mailguard send guard:', e);
          return 'error-back' as const;
        })
        .finally(() => pending.delete(a.compose));
      settled.push(done);
      if (settled.length > 20) settled.splice(0, settled.length - 20);
    },
  });
  o.signal.addEventListener('abort', () => closeDialogs(win.document));
  return { settled };
}
