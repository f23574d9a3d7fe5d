/**
 * Settings: the role, the audit-log name and the policy, from browser storage. An administrator's managed storage
 * (`role`, `policyJson`; schema in public/managed-schema.json) overrides the user's own and makes it read-only.
 * A managed policy that does not validate is reported, never silently applied.
 */
import type { Policy } from '../../shared/core/policy/schema';
import type { Role } from '../../shared/ui/label-view';
import type { FieldError, PolicySource } from '../messaging/protocol';

/** Keys in `storage.local`. */
export const LOCAL_KEYS = { role: 'mailguard.role', actor: 'mailguard.actor', policy: 'mailguard.policy' } as const;

/** The part of a storage area the settings read. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

/** The policy parser (the core's `parsePolicy`). */
export type PolicyParser = (json: unknown) => { ok: true; policy: Policy } | { ok: false; errors: FieldError[] };

/** Settings in force. */
export interface Settings {
  readonly role: Role;
  readonly roleLocked: boolean;
  readonly actor: string;
  readonly policy: Policy;
  readonly policySource: PolicySource;
  readonly managedProblem?: string;
}

async function readArea(area: StorageAreaLike | undefined): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    return (await area.get(null)) ?? {};
  } catch {
    // Firefox rejects storage.managed.get() when no enterprise policy exists: that simply means "nothing managed".
    return {};
  }
}

const isRole = (v: unknown): v is Role => v === 'staff' || v === 'manager';

/** Reads the settings in force: managed values first, then the user's, then defaults. */
export async function loadSettings(
  areas: { readonly local: StorageAreaLike; readonly managed?: StorageAreaLike },
  parse: PolicyParser,
  fallback: Policy,
): Promise<Settings> {
  const [local, managed] = await Promise.all([readArea(areas.local), readArea(areas.managed)]);
  const problems: string[] = [];
  let policy = fallback;
  let policySource: PolicySource = 'default';
  const localPolicy = local[LOCAL_KEYS.policy];
  if (localPolicy !== undefined) {
    const parsed = parse(localPolicy);
    if (parsed.ok) {
      policy = parsed.policy;
      policySource = 'local';
    }
  }
  if (typeof managed.policyJson === 'string' && managed.policyJson.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(managed.policyJson);
    } catch (e) {
      problems.push(`the administrator's policyJson is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (json !== undefined) {
      const parsed = parse(json);
      if (parsed.ok) {
        policy = parsed.policy;
        policySource = 'managed';
      } else {
        problems.push(
          `the administrator's policy is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        );
      }
    }
  }
  if (managed.role !== undefined && !isRole(managed.role)) problems.push('the administrator set an unknown role');
  const roleLocked = isRole(managed.role);
  const role: Role = isRole(managed.role)
    ? managed.role
    : isRole(local[LOCAL_KEYS.role])
      ? (local[LOCAL_KEYS.role] as Role)
      : 'staff';
  const actorRaw = local[LOCAL_KEYS.actor];
  const actor =
    typeof actorRaw === 'string' && actorRaw.trim() ? actorRaw.trim() : role === 'manager' ? 'manager' : 'staff member';
  return {
    role,
    roleLocked,
    actor,
    policy,
    policySource,
    ...(problems.length ? { managedProblem: problems.join('; ') } : {}),
  };
}
