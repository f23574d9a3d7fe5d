/**
 * Chooses a review decision and its reason (required) for the selected items: dispose, extend (new date), legal hold
 * (optional end date), release hold, relabel (new category), keep.
 */
import { useState } from 'preact/hooks';
import { CategorySelect } from './category-select';
import type { CategoryOption } from './label-view';
import type { DecisionChoice } from './review-types';

/** Props of {@link DecisionForm}. */
export interface DecisionFormProps {
  readonly selectedCount: number;
  readonly categories: readonly CategoryOption[];
  readonly onDecide: (choice: DecisionChoice) => Promise<void>;
}

type Kind = DecisionChoice['type'];

const KINDS: readonly { id: Kind; words: string }[] = [
  { id: 'dispose', words: 'Dispose' },
  { id: 'extend', words: 'Extend retention' },
  { id: 'legal_hold', words: 'Legal hold' },
  { id: 'release_hold', words: 'Release hold' },
  { id: 'relabel', words: 'Relabel' },
  { id: 'keep', words: 'Keep (reviewed)' },
];

/** The bulk decision form. */
export function DecisionForm({ selectedCount, categories, onDecide }: DecisionFormProps) {
  const [kind, setKind] = useState<Kind>('dispose');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [category, setCategory] = useState(categories[0]?.id ?? '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const why = reason.trim();
    if (!selectedCount) return setStatus({ ok: false, text: 'Select at least one item.' });
    if (!why) return setStatus({ ok: false, text: 'A reason is required for every decision.' });
    if (kind === 'extend' && !until) return setStatus({ ok: false, text: 'Choose the new retention date.' });
    const choice: DecisionChoice =
      kind === 'extend'
        ? { type: 'extend', until: new Date(`${until}T00:00:00Z`).toISOString(), reason: why }
        : kind === 'legal_hold'
          ? {
              type: 'legal_hold',
              reason: why,
              ...(until ? { until: new Date(`${until}T00:00:00Z`).toISOString() } : {}),
            }
          : kind === 'relabel'
            ? { type: 'relabel', category, reason: why }
            : { type: kind, reason: why };
    const words = KINDS.find((k) => k.id === kind)?.words ?? kind;
    setStatus({ ok: true, text: 'Recording…' });
    try {
      await onDecide(choice);
      setStatus({ ok: true, text: `${words}: recorded for ${selectedCount} item${selectedCount === 1 ? '' : 's'}.` });
      setReason('');
    } catch (err) {
      setStatus({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <form class="mg-decide" onSubmit={submit} aria-label="Decision for the selected items">
      <span>{selectedCount} selected</span>
      <label>
        Decision{' '}
        <select name="decision" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind)}>
          {KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.words}
            </option>
          ))}
        </select>
      </label>
      {kind === 'extend' || kind === 'legal_hold' ? (
        <label>
          {kind === 'extend' ? 'Keep until' : 'Hold until (optional)'}{' '}
          <input
            type="date"
            name="until"
            value={until}
            onInput={(e) => setUntil((e.target as HTMLInputElement).value)}
          />
        </label>
      ) : null}
      {kind === 'relabel' ? (
        <CategorySelect
          label="New category"
          name="category"
          categories={categories}
          value={category}
          onChange={setCategory}
        />
      ) : null}
      <label>
        Reason <input name="reason" value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">Record decision</button>
      {status ? (
        <span role="status" class={status.ok ? 'mg-ok' : 'mg-bad'}>
          {status.text}
        </span>
      ) : null}
    </form>
  );
}
