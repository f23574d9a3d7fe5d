/**
 * The full label shown in the reading pane: category, lawful basis, retention period and expiry, the personal-data
 * kinds found, the reasons; "This is wrong" (relabel, remembered for the sender/thread) and, for managers, "Legal hold".
 */
import { useState } from 'preact/hooks';
import { CategorySelect } from './category-select';
import { basisWords, shortDate, shortPeriod, statusIcon, statusWords } from './format-label';
import type { CategoryOption, LabelView, Role } from './label-view';

/** Props of {@link LabelCard}. */
export interface LabelCardProps {
  readonly label: LabelView;
  readonly now: Date;
  /** The user's role (managers also get "Legal hold"). */
  readonly userRole: Role;
  readonly categories: readonly CategoryOption[];
  /** Resolves when stored; rejects with a message to show. */
  readonly onRelabel: (category: string, reason: string) => Promise<void>;
  readonly onLegalHold: (reason: string) => Promise<void>;
}

type Mode = 'view' | 'relabel' | 'hold';

/** Full label card with its two corrections. */
export function LabelCard({ label, now, userRole, categories, onRelabel, onLegalHold }: LabelCardProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [category, setCategory] = useState(label.category);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMessage({ ok: false, text: 'Please give a reason.' });
      return;
    }
    try {
      if (mode === 'relabel') await onRelabel(category, reason.trim());
      else await onLegalHold(reason.trim());
      setMessage({ ok: true, text: mode === 'relabel' ? 'Label corrected and remembered.' : 'Legal hold recorded.' });
      setMode('view');
      setReason('');
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section class={`mg-card mg-${label.status}`} aria-label="Mailguard label" data-category={label.category}>
      <h2>
        <span aria-hidden="true">{statusIcon(label.status)} </span>
        {label.categoryTitle}
      </h2>
      <dl>
        <dt>Lawful basis</dt>
        <dd>{basisWords(label.lawfulBasis)}</dd>
        <dt>Retention</dt>
        <dd>
          {shortPeriod(label.period)}, expires {shortDate(label.expiresAt, now)} — {statusWords(label.status)}
        </dd>
        <dt>Personal data</dt>
        <dd>{label.kinds.length ? label.kinds.map((k) => `${k.words} × ${k.count}`).join(', ') : 'none found'}</dd>
        {label.correctedBy ? (
          <>
            <dt>Corrected by</dt>
            <dd>{label.correctedBy}</dd>
          </>
        ) : null}
      </dl>
      <details>
        <summary>Why</summary>
        <ul>
          {label.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      {mode === 'view' ? (
        <div>
          <button type="button" onClick={() => setMode('relabel')}>
            This is wrong
          </button>
          {userRole === 'manager' ? (
            <button type="button" onClick={() => setMode('hold')}>
              Legal hold
            </button>
          ) : null}
        </div>
      ) : (
        <form onSubmit={submit} aria-label={mode === 'relabel' ? 'Correct the label' : 'Place a legal hold'}>
          {mode === 'relabel' ? (
            <CategorySelect label="Category" categories={categories} value={category} onChange={setCategory} />
          ) : null}
          <label>
            Reason <input value={reason} required onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">{mode === 'relabel' ? 'Save correction' : 'Place hold'}</button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {message ? (
        <p class={message.ok ? 'mg-note' : 'mg-error'} role="status">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
