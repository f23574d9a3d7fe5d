/**
 * Graph access tokens through Nested App Authentication: MSAL's nestable public client asks the Outlook host (the
 * broker) for a token for the add-in's Entra app — silently when it can, with a sign-in popup when it must. Needs the
 * NestedAppAuth 1.1 requirement set; where the host lacks it, MSAL reports that and the scan panel shows the message.
 */
import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenProvider } from './graph-client';
import type { ScanConfig } from './scan-config';

/** Creates the MSAL client (injectable for tests). */
export type PcaFactory = (config: {
  auth: { clientId: string; authority: string };
}) => Promise<IPublicClientApplication>;

/** A token provider for `scopes`; the MSAL client is created once, on first use. */
export function naaTokenProvider(
  config: ScanConfig,
  scopes: readonly string[],
  create: PcaFactory = createNestablePublicClientApplication,
): TokenProvider {
  let pca: Promise<IPublicClientApplication> | undefined;
  return async (opts) => {
    pca ??= create({ auth: { clientId: config.clientId, authority: config.authority } });
    const client = await pca;
    const request = { scopes: [...scopes] };
    try {
      const result = await client.acquireTokenSilent({
        ...request,
        ...(opts?.forceRefresh ? { forceRefresh: true } : {}),
      });
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError) && !isInteractionError(error)) throw error;
      return (await client.acquireTokenPopup(request)).accessToken;
    }
  };
}

/** NAA's broker reports consent/sign-in needs with these codes too (not always as InteractionRequiredAuthError). */
function isInteractionError(error: unknown): boolean {
  const code = (error as { errorCode?: string } | null)?.errorCode ?? '';
  return /interaction_required|consent_required|login_required|no_account/.test(code);
}
