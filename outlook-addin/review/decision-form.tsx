/**
 * One review decision on one message: dispose, keep, extend (until a date), legal hold, release hold, relabel — each
 * with a reason, recorded through the store (one transaction with its audit entry).
 */
import { useState } from 'preact/hooks';
import type { DecisionInput, StoredLabel } from '../../shared/store/types';
import type { CategoryOption } from '../../shared/ui/label-view';

type DecisionType = DecisionInput['type'];

/** Props of {@link DecisionForm}. */
export interface DecisionFormProps {
  readonly label: StoredLabel;
  readonly categories: readonly CategoryOption[];
  /** Records the decision (the caller adds mailbox, message, actor and time); rejects with a message to show. */
  readonly onDecide: (d: { type: DecisionType; reason: string; until?: string; category?: string }) => Promise<void>;
}

const TYPES: readonly { id: DecisionType; words: string }[] = [
  { id: 'dispose', words: 'Dispose' },
  { id: 'keep', words: 'Keep (reviewed)' },
  { id: 'extend', words: 'Extend until…' },
  { id: 'legal_hold', words: 'Legal hold' },
  { id: 'release_hold', words: 'Release hold' },
  { id: 'relabel', words: 'Relabel as…' },
];

/** A compact decision form. */
export function DecisionForm({ label, categories, onDecide }: DecisionFormProps) {
  const [type, setType] = useState<DecisionType>('dispose');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [category, setCategory] = useState(label.category);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) return setNote({ ok: false, text: 'Please give a reason.' });
    if (type === 'extend' && !until) return setNote({ ok: false, text: 'Choose the date to keep it until.' });
    try {
      await onDecide({
        type,
        reason: reason.trim(),
        ...(type === 'extend' ? { until } : {}),
        ...(type === 'relabel' ? { category } : {}),
      });
      setNote({ ok: true, text: 'Decision recorded.' });
      setReason('');
    } catch (err) {
      setNote({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form onSubmit={submit} aria-label={`Decision for ${label.subject ?? label.messageId}`}>
      <select
        aria-label="Decision"
        value={type}
        onChange={(e) => setType((e.target as HTMLSelectElement).value as DecisionType)}
      >
        {TYPES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.words}
          </option>
        ))}
      </select>
      {type === 'extend' ? (
        <input
          type="date"
          aria-label="Keep until"
          value={until}
          onInput={(e) => setUntil((e.target as HTMLInputElement).value)}
        />
      ) : null}
      {type === 'relabel' ? (
        <select
          aria-label="Category"
          value={category}
          onChange={(e) => setCategory((e.target as HTMLSelectElement).value)}
        >
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      ) : null}
      <input
        aria-label="Reason"
        placeholder="Reason"
        value={reason}
        onInput={(e) => setReason((e.target as HTMLInputElement).value)}
      />
      <button type="submit">Record</button>
      {note ? (
        <span class={note.ok ? 'mg-note' : 'mg-error'} role="status">
          {note.text}
        </span>
      ) : null}
    </form>
  );
}
