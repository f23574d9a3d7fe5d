/**
 * Makes the policy the pane uses the store's active policy (the store checks relabels and decisions against it and
 * audits each change of version). Only writes when the version differs.
 */
import type { Policy } from '../../shared/core/policy/schema';
import { type PaneEnv, userAddress } from './pane-env';

/** Sets `policy` as the store's active policy when its version is new; resolves with a problem to show, if any. */
export async function syncStorePolicy(env: PaneEnv, policy: Policy): Promise<string | undefined> {
  try {
    const store = await env.store();
    const active = await store.activePolicy();
    if (active?.version !== policy.version) await store.setPolicy(policy, userAddress(env));
    return undefined;
  } catch (err) {
    return `Mailguard's store could not take policy ${policy.version}: ${err instanceof Error ? err.message : String(err)}`;
  }
}
