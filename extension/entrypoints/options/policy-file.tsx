/** Export the policy being edited as a JSON file, or import one (sent for validation like an edit). */
import { useState } from 'preact/hooks';
import type { Policy } from '../../../shared/core/policy/schema';

/** Props of {@link PolicyFile}. */
export interface PolicyFileProps {
  readonly draft: Policy;
  readonly readOnly: boolean;
  readonly onImport: (policy: unknown) => Promise<void>;
}

/** Export / import controls. */
export function PolicyFile({ draft, readOnly, onImport }: PolicyFileProps) {
  const [importError, setImportError] = useState<string | null>(null);
  return (
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
              await onImport(parsed);
            }}
          />
        </label>
      )}
      {importError ? <span class="mg-field-error">{importError}</span> : null}
    </p>
  );
}
