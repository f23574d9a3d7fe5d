/**
 * Edits the policy's administrator fields (organisation, domains, processors and vetting dates, retention periods,
 * due-soon days) on a working copy; Save sends it to the background, which validates it with the core's parsePolicy.
 * Each error appears beside the field its path names (`processors.0.vettedUntil`); errors with no field on this form
 * are listed above it. Import/export the whole policy as JSON.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Policy } from '../../../shared/core/policy/schema';
import type { FieldError } from '../../messaging/protocol';
import { PolicyFile } from './policy-file';
import { PolicyTables } from './policy-tables';

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
      <PolicyTables draft={draft} update={update} err={err} described={described} />
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
      <PolicyFile draft={draft} readOnly={readOnly} onImport={onSave} />
    </div>
  );
}
