/**
 * The deployment configuration of the mailbox scan: `mailguard-config.json`, deployed beside `policy.json`, naming the
 * Entra app registration the add-in signs in with (see README "Scanning a whole mailbox"). Example:
 * `{ "graph": { "clientId": "11111111-2222-4333-8444-555555555555", "authority": "https://login.microsoftonline.com/organizations" } }`
 */

/** The validated configuration. */
export interface ScanConfig {
  readonly clientId: string;
  readonly authority: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates the file's JSON; every problem is said in words an administrator can act on. */
export function parseScanConfig(json: unknown): { ok: true; config: ScanConfig } | { ok: false; problem: string } {
  const graph = (json as { graph?: { clientId?: unknown; authority?: unknown } } | null)?.graph;
  if (!graph || typeof graph !== 'object') {
    return { ok: false, problem: 'mailguard-config.json has no "graph" section naming the Entra app (clientId).' };
  }
  if (typeof graph.clientId !== 'string' || !GUID.test(graph.clientId)) {
    return {
      ok: false,
      problem: "mailguard-config.json: graph.clientId must be the Entra app's Application (client) ID, a GUID.",
    };
  }
  const authority = graph.authority ?? 'https://login.microsoftonline.com/organizations';
  if (typeof authority !== 'string' || !/^https:\/\/login\.microsoftonline\.com\/[\w.-]+\/?$/.test(authority)) {
    return {
      ok: false,
      problem: 'mailguard-config.json: graph.authority must be https://login.microsoftonline.com/<tenant>.',
    };
  }
  return { ok: true, config: { clientId: graph.clientId, authority } };
}

/** The least Graph scopes (delegated) for a scan: read, plus write for category write-back; `.Shared` for shared mailboxes. */
export function scanScopes(mailbox: string, writeBack: boolean): string[] {
  const shared = mailbox !== 'me';
  return [`Mail.${writeBack ? 'ReadWrite' : 'Read'}${shared ? '.Shared' : ''}`];
}
