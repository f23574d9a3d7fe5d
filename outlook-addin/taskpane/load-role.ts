/**
 * The user's role. Managers are listed by the administrator in `roles.json` beside the pages
 * (`{ "managers": ["address", …] }`); the last copy read is cached so the role holds offline. The role gates the
 * manager controls in the panes; every action is audited with the actor's address either way.
 */
import type { Role } from '../../shared/ui/label-view';
import type { PaneEnv } from './pane-env';

/** Storage key of the cached manager list. */
export const ROLES_CACHE_KEY = 'mailguard.roles';

function managersOf(json: unknown): string[] | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const m = (json as { managers?: unknown }).managers;
  return Array.isArray(m)
    ? m.filter((a): a is string => typeof a === 'string').map((a) => a.trim().toLowerCase())
    : undefined;
}

/** 'manager' when the user is listed, else 'staff'. Never rejects. */
export async function loadRole(env: Pick<PaneEnv, 'fetchJson' | 'storage'>, user: string): Promise<Role> {
  let managers = managersOf(await env.fetchJson('roles.json').catch(() => undefined));
  if (managers)
    await env.storage
      .write(ROLES_CACHE_KEY, JSON.stringify({ managers }), { roamingLimit: 1_500 })
      .catch(() => undefined);
  else {
    const cached = await env.storage.read(ROLES_CACHE_KEY).catch(() => undefined);
    try {
      managers = cached ? managersOf(JSON.parse(cached)) : undefined;
    } catch {
      managers = undefined;
    }
  }
  return managers?.includes(user.trim().toLowerCase()) ? 'manager' : 'staff';
}
