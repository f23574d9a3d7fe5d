/**
 * The send guard's dialog: what was found (kinds, counts, masked samples), which recipients are not vetted and why,
 * and the choices — go back and edit, remove the unvetted recipients, or send anyway with a required business
 * justification or a court order's reference (a legal-obligation disclosure). A block offers no send-anyway and says
 * exactly what to change. A guard error explains why the mail is held and lets the person continue with a reason.
 * Modal (role=dialog, aria-modal), keyboard only usable: focus starts on "Go back", Tab stays inside, Escape = go back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  flaggedRecipients,
  statusWords,
  type WarnDialogVerdict,
  type WarnJustification,
  whatToChange,
} from './warn-dialog-model';

export type { WarnDialogVerdict, WarnJustification } from './warn-dialog-model';

/** Props of {@link WarnDialog}. */
export interface WarnDialogProps {
  /** `warn` and `error` allow sending anyway with a justification; `block` does not. */
  readonly mode: 'warn' | 'block' | 'error';
  readonly verdict: WarnDialogVerdict;
  /** What is being checked, for the title: "this mail" or "this paste". */
  readonly subjectWords?: string;
  /** The override button's words (default "Send anyway"; the paste guard says "Paste anyway", "Upload anyway"). */
  readonly overrideWords?: string;
  /** For `error`: what went wrong, in plain words. */
  readonly errorText?: string;
  readonly onBack: () => void;
  /** Present when the unvetted recipients can be removed. */
  readonly onRemove?: () => void;
  /** Send anyway; may reject with a message to show (e.g. it could not be recorded). */
  readonly onSendAnyway?: (j: WarnJustification) => Promise<void> | void;
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function titleOf(mode: WarnDialogProps['mode'], what: string): string {
  if (mode === 'block') return `Mailguard stopped ${what}`;
  if (mode === 'error') return `Mailguard could not check ${what}`;
  return `Check ${what} before it goes`;
}

/** The dialog. Render it inside a shadow root on top of the page. */
export function WarnDialog(props: WarnDialogProps) {
  const { mode, verdict } = props;
  const what = props.subjectWords ?? 'this mail';
  const overrideWords = props.overrideWords ?? 'Send anyway';
  const root = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const [basis, setBasis] = useState<'business' | 'court_order'>('business');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const flagged = flaggedRecipients(verdict);
  const canSend = mode !== 'block' && !!props.onSendAnyway;

  useEffect(() => back.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onBack();
      return;
    }
    if (e.key !== 'Tab' || !root.current) return;
    const items = [...root.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const active = (root.current.getRootNode() as Document | ShadowRoot).activeElement;
    if (e.shiftKey && (active === first || !root.current.contains(active))) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && (active === last || !root.current.contains(active))) {
      e.preventDefault();
      first?.focus();
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const value = text.trim();
    if (value.length < 5) {
      setProblem(
        basis === 'business'
          ? 'Write the business reason (at least 5 characters).'
          : 'Give the court order’s reference.',
      );
      return;
    }
    setBusy(true);
    try {
      await props.onSendAnyway?.(
        basis === 'business' ? { type: 'business', reason: value } : { type: 'court_order', reference: value },
      );
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <div class="mg-overlay">
      <div
        ref={root}
        class="mg-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="mg-title"
        aria-describedby="mg-summary"
        data-mode={mode}
        data-action={verdict.action}
        onKeyDown={onKeyDown}
      >
        <h2 id="mg-title">{titleOf(mode, what)}</h2>
        <p id="mg-summary">
          {mode === 'error'
            ? `${props.errorText ?? 'Something went wrong.'} It has not been sent.`
            : mode === 'block'
              ? 'It has not been sent, and it cannot go as it is.'
              : 'It has not been sent yet. It carries personal data to someone outside the vetted list.'}
        </p>
        {verdict.found.length > 0 && (
          <section aria-labelledby="mg-found">
            <h3 id="mg-found">Personal data found</h3>
            <ul>
              {verdict.found.map((f) => (
                <li key={f.kind} data-kind={f.kind}>
                  {f.label} ({f.count}): {f.samples.join(', ')}
                </li>
              ))}
            </ul>
          </section>
        )}
        {flagged.length > 0 && (
          <section aria-labelledby="mg-recips">
            <h3 id="mg-recips">Recipients not vetted</h3>
            <ul>
              {flagged.map((r) => (
                <li key={r.address} data-status={r.status}>
                  {r.address} — <span class="mg-status">{statusWords(r.status)}</span>: {r.reason}
                </li>
              ))}
            </ul>
          </section>
        )}
        {verdict.reasons.length > 0 && (
          <section aria-labelledby="mg-why">
            <h3 id="mg-why">Why</h3>
            <ul>
              {verdict.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </section>
        )}
        {mode === 'block' && (
          <section aria-labelledby="mg-change">
            <h3 id="mg-change">To send it, change this</h3>
            <ul>
              {whatToChange(verdict).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </section>
        )}
        {canSend && (
          <form onSubmit={submit} aria-labelledby="mg-anyway">
            <fieldset>
              <legend id="mg-anyway">{overrideWords} (recorded in the audit log)</legend>
              <label>
                <input
                  type="radio"
                  name="mg-basis"
                  checked={basis === 'business'}
                  onChange={() => setBasis('business')}
                />{' '}
                Business justification
              </label>
              <label>
                <input
                  type="radio"
                  name="mg-basis"
                  checked={basis === 'court_order'}
                  onChange={() => setBasis('court_order')}
                />{' '}
                Court order (legal obligation to disclose)
              </label>
              <label>
                {basis === 'business' ? 'Reason' : 'Court order reference'}
                <textarea
                  rows={2}
                  aria-required="true"
                  value={text}
                  aria-invalid={problem ? 'true' : undefined}
                  onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
                />
              </label>
              {problem && (
                <p class="mg-error" role="alert">
                  {problem}
                </p>
              )}
              <button type="submit" class="mg-danger" disabled={busy}>
                {overrideWords}
              </button>
            </fieldset>
          </form>
        )}
        <div class="mg-actions">
          <button type="button" ref={back} class="mg-primary" onClick={() => props.onBack()}>
            Go back and edit
          </button>
          {props.onRemove && flagged.length > 0 && (
            <button type="button" onClick={() => props.onRemove?.()}>
              Remove the unvetted recipients
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
