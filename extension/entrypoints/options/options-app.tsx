/**
 * Options: role and audit-log name; the policy (organisation domains, vetted processors with vetting dates, retention
 * periods) with parsePolicy's errors shown beside each field; import/export of the policy JSON. Read-only when an
 * administrator manages the role or the policy through managed storage.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FieldError, SettingsView } from '../../messaging/protocol';
import { sendRequest } from '../../messaging/send-request';
import { PasteGuardPermission } from '../../send-guard/paste-guard-permission';
import { PolicyForm } from './policy-form';

/** The page. */
export function OptionsApp() {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [actor, setActor] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    sendRequest({ type: 'getSettings' }).then((s) => {
      setSettings(s);
      setActor(s.actor);
    });
  }, []);
  if (!settings) return <main>Loading…</main>;
  const managed = settings.policySource === 'managed';

  const savePolicy = async (policy: unknown) => {
    const out = await sendRequest({ type: 'savePolicy', policy });
    if (out.ok) {
      setSettings(out.settings);
      setErrors([]);
      setNote({ ok: true, text: `Policy ${out.settings.policyVersion} saved.` });
    } else {
      setErrors(out.errors);
      setNote({
        ok: false,
        text: `The policy was not saved: ${out.errors.length} problem(s), shown beside the fields.`,
      });
    }
  };

  return (
    <main>
      <h1>Mailguard options</h1>
      {settings.managedProblem ? (
        <p class="mg-banner" role="alert">
          Your administrator's settings could not be applied: {settings.managedProblem}
        </p>
      ) : null}
      <section aria-labelledby="role-h">
        <h2 id="role-h">You</h2>
        <fieldset disabled={settings.roleLocked}>
          <legend>Role{settings.roleLocked ? ' (set by your administrator)' : ''}</legend>
          {(['staff', 'manager'] as const).map((r) => (
            <label key={r} style={{ marginRight: '16px' }}>
              <input
                type="radio"
                name="role"
                value={r}
                checked={settings.role === r}
                onChange={async () => setSettings(await sendRequest({ type: 'saveSettings', role: r }))}
              />{' '}
              {r === 'staff' ? 'Staff' : 'Manager (reviews retention, places legal holds)'}
            </label>
          ))}
        </fieldset>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setSettings(await sendRequest({ type: 'saveSettings', actor }));
            setNote({ ok: true, text: 'Name saved.' });
          }}
        >
          <label>
            Your name in the audit log{' '}
            <input value={actor} onInput={(e) => setActor((e.target as HTMLInputElement).value)} />
          </label>{' '}
          <button type="submit">Save name</button>
        </form>
      </section>
      <section aria-labelledby="policy-h">
        <h2 id="policy-h">Policy {settings.policyVersion}</h2>
        {managed ? (
          <p class="mg-banner" data-testid="managed-banner">
            Your administrator manages this policy (browser managed storage). It is shown read-only.
          </p>
        ) : (
          <p>
            Source: {settings.policySource === 'default' ? 'the built-in default policy' : 'edited in this browser'}.
          </p>
        )}
        <PolicyForm policyJson={settings.policyJson} readOnly={managed} errors={errors} onSave={savePolicy} />
        <p>
          <button
            type="button"
            onClick={async () => {
              const { updated } = await sendRequest({ type: 'relabelOutdated' });
              setNote({
                ok: true,
                text: `${updated} stored label(s) from older policy versions re-decided under ${settings.policyVersion}.`,
              });
            }}
          >
            Re-label stored items decided by an older policy
          </button>
        </p>
      </section>
      <PasteGuardPermission pasteGuardOn={!/"pasteGuard":\s*false/.test(settings.policyJson)} />
      {note ? (
        <p role="status" class={note.ok ? 'mg-ok' : 'mg-bad'}>
          {note.text}
        </p>
      ) : null}
    </main>
  );
}
