/**
 * Keeps the store's active policy equal to the policy in force (settings): the store relabels and audits against its
 * active policy, so a new version (user edit or administrator push) is recorded there, once, with who set it.
 */
import type { MailguardStore } from '../../shared/store/types';
import type { Settings } from './settings';

/** Records the settings' policy in the store when its version differs from the store's active one. */
export async function syncPolicy(store: MailguardStore, settings: Settings): Promise<boolean> {
  const active = await store.activePolicy();
  if (active && active.version === settings.policy.version) return false;
  const actor = settings.policySource === 'managed' ? 'administrator (managed storage)' : settings.actor;
  await store.setPolicy(settings.policy, actor);
  return true;
}
