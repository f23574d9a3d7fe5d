/**
 * The last good policy, cached by the task pane for the event handlers (which may run offline and cannot fetch in
 * classic Outlook's JavaScript-only runtime). A cached copy is validated again before use; anything wrong → default.
 */
import { defaultPolicy, parsePolicy } from '../../shared/core/policy';
import type { Policy } from '../../shared/core/policy/schema';
import type { AddinStorage } from './addin-storage';

/** Storage key of the cached policy JSON. */
export const POLICY_CACHE_KEY = 'mailguard.policy';

/** Roaming settings hold 32 KB for everything; a policy larger than this stays in OfficeRuntime.storage only. */
const ROAMING_POLICY_LIMIT = 22_000;

/** The last cached text validated in this runtime (the event runtime may live across events): skips re-validation. */
let lastGood: { text: string; policy: Policy } | undefined;

/** Where the policy in use came from. */
export type PolicySource = 'deployed' | 'cache' | 'default';

/** A policy with its origin and any problems met on the way (shown in the task pane). */
export interface LoadedPolicy {
  readonly policy: Policy;
  readonly source: PolicySource;
  readonly problems: readonly string[];
}

/** Reads the cached policy; the built-in default when absent, unreadable or invalid (with the reason). */
export async function cachedPolicy(storage: AddinStorage): Promise<LoadedPolicy> {
  let text: string | undefined;
  try {
    text = await storage.read(POLICY_CACHE_KEY);
  } catch (err) {
    return { policy: defaultPolicy, source: 'default', problems: [`Cached policy unreadable: ${String(err)}`] };
  }
  if (text === undefined) return { policy: defaultPolicy, source: 'default', problems: [] };
  if (text === lastGood?.text) return { policy: lastGood.policy, source: 'cache', problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { policy: defaultPolicy, source: 'default', problems: ['Cached policy is not valid JSON.'] };
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) {
    const problems = parsed.errors.map((e) => `Cached policy: ${e.path}: ${e.message}`);
    return { policy: defaultPolicy, source: 'default', problems };
  }
  lastGood = { text, policy: parsed.policy };
  return { policy: parsed.policy, source: 'cache', problems: [] };
}

/** Caches a validated policy for the handlers. */
export async function cachePolicy(storage: AddinStorage, policy: Policy): Promise<void> {
  await storage.write(POLICY_CACHE_KEY, JSON.stringify(policy), { roamingLimit: ROAMING_POLICY_LIMIT });
}
