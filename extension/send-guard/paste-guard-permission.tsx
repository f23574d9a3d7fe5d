/**
 * Options-page section: asks for access to sites beyond the two webmails, which the paste/drop/upload guard needs, with
 * a plain explanation; shows whether it is on, and lets the person withdraw it. The background registers the guard
 * when the permission is granted (paste-guard-registration.ts). The request must come from this click (a user gesture).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const ORIGINS = ['https://*/*', 'http://*/*'];

/** The permission's state and the two actions, injectable for tests. */
export interface PermissionApi {
  contains(): Promise<boolean>;
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
}

/** The browser's permissions API for the paste guard's origins. */
export const browserPermissionApi: PermissionApi = {
  contains: () => browser.permissions.contains({ origins: ORIGINS }),
  request: () => browser.permissions.request({ origins: ORIGINS }),
  remove: () => browser.permissions.remove({ origins: ORIGINS }),
};

/** The section. `pasteGuardOn` is the policy's administrator switch. */
export function PasteGuardPermission({
  pasteGuardOn,
  api = browserPermissionApi,
}: {
  readonly pasteGuardOn: boolean;
  readonly api?: PermissionApi;
}) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    api.contains().then(setGranted, () => setGranted(false));
  }, [api]);

  const change = async (grant: boolean) => {
    try {
      const ok = grant ? await api.request() : await api.remove();
      const now = await api.contains();
      setGranted(now);
      setNote(
        grant
          ? ok
            ? 'Pastes, drops and uploads on other sites are now checked.'
            : 'Access was not given; nothing changed.'
          : 'Other sites are no longer checked.',
      );
    } catch (e) {
      setNote(`The browser refused: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section aria-labelledby="paste-guard-h" data-testid="paste-guard-permission">
      <h2 id="paste-guard-h">Checking pastes and uploads on other sites</h2>
      <p>
        Customer details can leave the firm without an e-mail: pasted into a web form, dropped onto a file-sharing site,
        or uploaded as a call recording or an export. Mailguard can check text and files before they reach any site that
        is not on the organisation's allow-list (our own sites, the vetted processors' sites and the two webmails are
        never checked). It reads what you paste, drop or upload on those sites only at that moment, in this browser;
        nothing of it is stored or sent anywhere. For this the browser must let Mailguard run on other sites.
      </p>
      {!pasteGuardOn && <p>Your administrator has switched this check off in the policy.</p>}
      <p
        aria-live="polite"
        data-testid="paste-guard-state"
        data-state={granted === null ? 'unknown' : granted ? 'on' : 'off'}
      >
        {granted === null
          ? 'Checking…'
          : granted
            ? 'On: Mailguard may check other sites.'
            : 'Off: only the two webmails are guarded.'}
      </p>
      {granted ? (
        <button type="button" onClick={() => change(false)}>
          Stop checking other sites
        </button>
      ) : (
        <button type="button" disabled={granted === null} onClick={() => change(true)}>
          Allow checks on other sites…
        </button>
      )}
      {note && <p>{note}</p>}
    </section>
  );
}
