/**
 * Edits the policy's administrator fields (organisation, domains, processors and vetting dates, retention periods,
 * due-soon days) on a working copy; Save sends it to the background, which validates it with the core's parsePolicy.
 * Each error appears beside the field its path names (`processors.0.vettedUntil`); errors with no field on this form
 * are listed above it. Import/export the whole policy as JSON.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Policy } from '../../../shared/core/policy/schema';
import type { FieldError } from '../../messaging/protocol';

/** Props of {@link PolicyForm}. */
export interface PolicyFormProps {
  readonly policyJson: string;
  readonly readOnly: boolean;
  readonly errors: readonly FieldError[];
  readonly onSave: (policy: unknown) => Promise<void>;
}

const list = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The form. */
export function PolicyForm({ policyJson, readOnly, errors, onSave }: PolicyFormProps) {
  const [draft, setDraft] = useState<Policy>(() => JSON.parse(policyJson) as Policy);
  // The latest edit, even before Preact re-renders (a Save right after typing must send what was typed).
  const latest = useRef(draft);
  const shownJson = useRef(policyJson);
  useEffect(() => {
    if (shownJson.current === policyJson) return; // effects run after paint: never undo an edit made meanwhile
    shownJson.current = policyJson;
    latest.current = JSON.parse(policyJson) as Policy;
    setDraft(latest.current);
  }, [policyJson]);
  const [importError, setImportError] = useState<string | null>(null);

  const shown = new Set<string>();
  const err = (path: string) => {
    const found = errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`));
    for (const e of found) shown.add(`${e.path}\u0000${e.message}`);
    return found.length ? (
      <span class="mg-field-error" id={`err-${path}`} data-error-path={path}>
        {found.map((e) => e.message).join('; ')}
      </span>
    ) : null;
  };
  const described = (path: string) =>
    errors.some((e) => e.path === path || e.path.startsWith(`${path}.`)) ? `err-${path}` : undefined;
  const update = (fn: (p: Policy) => Policy) => {
    latest.current = fn(latest.current);
    setDraft(latest.current);
  };

  const body = (
    <fieldset disabled={readOnly} style={{ border: 0, padding: 0 }}>
      <p>
        <label>
          Policy version{' '}
          <input
            value={draft.version}
            aria-describedby={described('version')}
            onInput={(e) => update((p) => ({ ...p, version: (e.target as HTMLInputElement).value }))}
          />
        </label>
        {err('version')}
      </p>
      <p>
        <label>
          Organisation name{' '}
          <input
            value={draft.organisation.name}
            aria-describedby={described('organisation.name')}
            onInput={(e) =>
              update((p) => ({ ...p, organisation: { ...p.organisation, name: (e.target as HTMLInputElement).value } }))
            }
          />
        </label>
        {err('organisation.name')}
      </p>
      <p>
        <label>
          Organisation mail domains (one a line)
          <br />
          <textarea
            rows={2}
            cols={40}
            value={draft.organisation.domains.join('\n')}
            aria-describedby={described('organisation.domains')}
            onInput={(e) =>
              update((p) => ({
                ...p,
                organisation: { ...p.organisation, domains: list((e.target as HTMLTextAreaElement).value) },
              }))
            }
          />
        </label>
        {err('organisation.domains')}
      </p>
      <p>
        <label>
          Due soon starts (days before expiry){' '}
          <input
            type="number"
            value={String(draft.dueSoonDays)}
            aria-describedby={described('dueSoonDays')}
            onInput={(e) => update((p) => ({ ...p, dueSoonDays: Number((e.target as HTMLInputElement).value) }))}
          />
        </label>
        {err('dueSoonDays')}
      </p>
      <h3>Vetted processors</h3>
      <table class="mg-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Domains (comma-separated)</th>
            <th scope="col">Vetted until</th>
          </tr>
        </thead>
        <tbody>
          {draft.processors.map((proc, i) => {
            const set = (patch: Partial<typeof proc>) =>
              update((p) => ({ ...p, processors: p.processors.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
            return (
              <tr key={proc.id}>
                <td>
                  <input
                    aria-label={`Processor ${i + 1} name`}
                    value={proc.name}
                    onInput={(e) => set({ name: (e.target as HTMLInputElement).value })}
                  />
                  {err(`processors.${i}.name`)}
                </td>
                <td>
                  <input
                    aria-label={`${proc.name} domains`}
                    size={40}
                    value={proc.domains.join(', ')}
                    onInput={(e) => set({ domains: list((e.target as HTMLInputElement).value) })}
                  />
                  {err(`processors.${i}.domains`)}
                </td>
                <td>
                  <input
                    aria-label={`${proc.name} vetted until`}
                    value={proc.vettedUntil}
                    placeholder="YYYY-MM-DD"
                    aria-describedby={described(`processors.${i}.vettedUntil`)}
                    onInput={(e) => set({ vettedUntil: (e.target as HTMLInputElement).value })}
                  />
                  {err(`processors.${i}.vettedUntil`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>Retention periods</h3>
      <table class="mg-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Lawful basis</th>
            <th scope="col">Period (ISO 8601, e.g. P6Y, P3M)</th>
          </tr>
        </thead>
        <tbody>
          {draft.categories.map((cat, i) => (
            <tr key={cat.id}>
              <td>{cat.title}</td>
              <td>{cat.lawfulBasis.replace(/_/g, ' ')}</td>
              <td>
                <input
                  aria-label={`${cat.title} retention period`}
                  value={cat.retention.period}
                  aria-describedby={described(`categories.${i}.retention.period`)}
                  onInput={(e) =>
                    update((p) => ({
                      ...p,
                      categories: p.categories.map((x, j) =>
                        j === i
                          ? { ...x, retention: { ...x.retention, period: (e.target as HTMLInputElement).value } }
                          : x,
                      ),
                    }))
                  }
                />
                {err(`categories.${i}.retention.period`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => onSave(latest.current)}>
          Save policy
        </button>
      </p>
    </fieldset>
  );
  const others = errors.filter((e) => !shown.has(`${e.path}\u0000${e.message}`));

  return (
    <div>
      {others.length ? (
        <ul class="mg-bad" data-testid="policy-errors">
          {others.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {e.path}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {body}
      <h3>Policy file</h3>
      <p>
        <button
          type="button"
          onClick={() => {
            const url = URL.createObjectURL(new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' }));
            const a = document.createElement('a');
            a.href = url;
            a.download = `mailguard-policy-${draft.version}.json`;
            a.click();
          }}
        >
          Export policy JSON
        </button>{' '}
        {readOnly ? null : (
          <label>
            Import policy JSON{' '}
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (!file) return;
                let parsed: unknown;
                try {
                  parsed = JSON.parse(await file.text());
                } catch (x) {
                  setImportError(`${file.name} is not JSON: ${x instanceof Error ? x.message : String(x)}`);
                  return;
                }
                setImportError(null);
                await onSave(parsed);
              }}
            />
          </label>
        )}
        {importError ? <span class="mg-field-error">{importError}</span> : null}
      </p>
    </div>
  );
}
