/** NAA token provider with a stand-in MSAL client (no Entra tenant is reachable here), and the config it reads. */
import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { naaTokenProvider, type PcaFactory } from '../../../outlook-addin/scan/naa-token';
import { parseScanConfig, scanScopes } from '../../../outlook-addin/scan/scan-config';

const config = {
  clientId: '11111111-2222-4333-8444-555555555555',
  authority: 'https://login.microsoftonline.com/organizations',
};

function fakeMsal(silent: () => Promise<string>) {
  const calls: { kind: string; request: unknown }[] = [];
  const created: unknown[] = [];
  const factory: PcaFactory = async (c) => {
    created.push(c);
    return {
      acquireTokenSilent: async (request: unknown) => {
        calls.push({ kind: 'silent', request });
        return { accessToken: await silent() };
      },
      acquireTokenPopup: async (request: unknown) => {
        calls.push({ kind: 'popup', request });
        return { accessToken: 'from-popup' };
      },
    } as unknown as IPublicClientApplication;
  };
  return { factory, calls, created };
}

describe('naaTokenProvider', () => {
  it('creates the nestable client once with the configured app and asks silently for the scopes', async () => {
    const msal = fakeMsal(async () => 'silent-token');
    const getToken = naaTokenProvider(config, ['Mail.ReadWrite'], msal.factory);
    expect(await getToken()).toBe('silent-token');
    expect(await getToken({ forceRefresh: true })).toBe('silent-token');
    expect(msal.created).toEqual([{ auth: config }]);
    expect(msal.calls).toEqual([
      { kind: 'silent', request: { scopes: ['Mail.ReadWrite'] } },
      { kind: 'silent', request: { scopes: ['Mail.ReadWrite'], forceRefresh: true } },
    ]);
  });

  it('falls back to the sign-in popup when interaction is required, and passes other errors on', async () => {
    const needsConsent = fakeMsal(async () => {
      throw new InteractionRequiredAuthError('consent_required', 'consent is needed');
    });
    expect(await naaTokenProvider(config, ['Mail.ReadWrite.Shared'], needsConsent.factory)()).toBe('from-popup');
    const broken = fakeMsal(async () => {
      throw new Error('NAA is not supported by this host');
    });
    await expect(naaTokenProvider(config, ['Mail.Read'], broken.factory)()).rejects.toThrow('NAA is not supported');
  });
});

describe('mailguard-config.json', () => {
  it('accepts a client id and defaults the authority to organizations', () => {
    expect(parseScanConfig({ graph: { clientId: config.clientId } })).toEqual({ ok: true, config });
  });

  it('says what is wrong in words an administrator can act on', () => {
    expect(parseScanConfig({})).toMatchObject({ ok: false, problem: expect.stringContaining('no "graph" section') });
    expect(parseScanConfig({ graph: { clientId: 'my-app' } })).toMatchObject({
      problem: expect.stringContaining('GUID'),
    });
    expect(
      parseScanConfig({ graph: { clientId: config.clientId, authority: 'https://evil.example/x' } }),
    ).toMatchObject({
      problem: expect.stringContaining('authority'),
    });
  });

  it('asks for the least scopes: read/write for write-back, .Shared only for shared mailboxes', () => {
    expect(scanScopes('me', true)).toEqual(['Mail.ReadWrite']);
    expect(scanScopes('me', false)).toEqual(['Mail.Read']);
    expect(scanScopes('support@example.test', true)).toEqual(['Mail.ReadWrite.Shared']);
  });
});
