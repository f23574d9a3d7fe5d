/**
 * Compose mode: what the send guard will say about this draft, and — after a warning — the form for a business
 * justification or a court-order reference, which is recorded and then the message is sent (Mailbox 1.15) or the user
 * is asked to select Send again. A block shows why and offers no way round.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Policy } from '../../shared/core/policy/schema';
import type { Justification } from '../common/justification';
import { checkDraft, type DraftCheck } from './check-draft';
import { justifyAndSend } from './justify-send';
import type { PaneEnv } from './pane-env';
import { ProblemList } from './problem-list';

/** Props of {@link ComposeView}. */
export interface ComposeViewProps {
  readonly env: PaneEnv;
  readonly policy: Policy;
}

type State = { phase: 'checking' } | { phase: 'error'; message: string } | { phase: 'ready'; check: DraftCheck };

/** The draft's verdict and the justification form. */
export function ComposeView({ env, policy }: ComposeViewProps) {
  const [state, setState] = useState<State>({ phase: 'checking' });
  const [type, setType] = useState<Justification['type']>('business');
  const [text, setText] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    checkDraft(env, policy).then(
      (check) => setState({ phase: 'ready', check }),
      (err: unknown) => setState({ phase: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  }, [env, policy]);

  if (state.phase === 'checking') return <p role="status">Checking the draft…</p>;
  if (state.phase === 'error')
    return <ProblemList title="Mailguard could not check this draft" problems={[state.message]} />;
  const { decision } = state.check;
  if (decision.action === 'allow')
    return (
      <p class="mg-note" role="status">
        This draft may be sent as it is.
      </p>
    );
  const reasons = (
    <ul>
      {decision.reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
  if (decision.action === 'block') {
    return (
      <section class="mg-error" role="alert" aria-label="Blocked">
        <p>Mailguard will stop this message; it cannot be overridden. Remove the personal data or the recipient.</p>
        {reasons}
      </section>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const j: Justification = type === 'business' ? { type, reason: text.trim() } : { type, reference: text.trim() };
    try {
      const outcome = await justifyAndSend(env, state.check, j);
      setNote({
        ok: true,
        text:
          outcome === 'sent'
            ? 'Justification recorded; the message was sent.'
            : 'Justification recorded. Select Send again: this Outlook cannot send from the add-in.',
      });
    } catch (err) {
      setNote({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <section aria-label="Justify sending">
      <div class="mg-warn" role="alert">
        <p>Mailguard paused this message. To send it anyway, record why it must go.</p>
        {reasons}
      </div>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Why must this go?</legend>
          <label>
            <input type="radio" name="jtype" checked={type === 'business'} onChange={() => setType('business')} />{' '}
            Business justification
          </label>
          <label>
            <input type="radio" name="jtype" checked={type === 'court_order'} onChange={() => setType('court_order')} />{' '}
            Court order
          </label>
        </fieldset>
        <label>
          {type === 'business' ? 'Reason' : 'Court order reference'}{' '}
          <input value={text} required onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Record and send</button>
      </form>
      {note ? (
        <p class={note.ok ? 'mg-note' : 'mg-error'} role="status">
          {note.text}
        </p>
      ) : null}
    </section>
  );
}
