/**
 * Resolves the policy a core call runs under: the default when none is given; otherwise a policy validated once
 * (by object identity) so that a hand-built or stale object fails loudly instead of deciding wrongly.
 */
import { defaultPolicy } from './default-policy';
import { parsePolicy } from './parse-policy';
import type { Policy } from './schema';

const validated = new WeakMap<object, Policy>([[defaultPolicy, defaultPolicy]]);

/**
 * Returns the validated policy for `policy` (default when undefined); throws `TypeError` naming its problems.
 * Validation (~0.3 ms) runs once per object: callers should reuse one policy object, and not mutate it.
 */
export function ensurePolicy(policy: Policy | undefined, caller: string): Policy {
  if (policy === undefined) return defaultPolicy;
  if (typeof policy !== 'object' || policy === null) throw new TypeError(`${caller}: context.policy must be a Policy`);
  const known = validated.get(policy);
  if (known) return known;
  const result = parsePolicy(policy);
  if (!result.ok) {
    const first = result.errors
      .slice(0, 3)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ');
    throw new TypeError(`${caller}: context.policy is not a valid policy (${first}); validate it with parsePolicy`);
  }
  validated.set(policy, result.policy);
  validated.set(result.policy, result.policy);
  return result.policy;
}
