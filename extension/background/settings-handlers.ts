/** Settings verbs: read the settings, change role and audit-log name, save a validated policy. */
import type { SettingsView } from '../messaging/protocol';
import type { Handlers, RouterDeps } from './router-types';
import type { Settings } from './settings';

/** Builds the settings view pages and content scripts see. */
export function settingsView(s: Settings): SettingsView {
  return {
    role: s.role,
    roleLocked: s.roleLocked,
    actor: s.actor,
    policyJson: JSON.stringify(s.policy, null, 2),
    policyVersion: s.policy.version,
    policySource: s.policySource,
    categories: s.policy.categories.map((c) => ({ id: c.id, title: c.title })),
    ...(s.managedProblem ? { managedProblem: s.managedProblem } : {}),
  };
}

/** The settings verbs' handlers. */
export function createSettingsHandlers(deps: RouterDeps): Handlers<'getSettings' | 'saveSettings' | 'savePolicy'> {
  return {
    async getSettings(_r, s) {
      return settingsView(s);
    },
    async saveSettings(r, s) {
      if (r.role !== undefined && s.roleLocked) throw new Error('your administrator has fixed the role');
      await deps.saveLocal({
        ...(r.role ? { role: r.role } : {}),
        ...(r.actor !== undefined ? { actor: r.actor } : {}),
      });
      deps.changed();
      return settingsView(await deps.settings());
    },
    async savePolicy(r, s) {
      if (s.policySource === 'managed') throw new Error('your administrator manages the policy; it is read-only here');
      const parsed = deps.parsePolicy(r.policy);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      await deps.saveLocal({ policy: r.policy });
      const store = await deps.store();
      await store.setPolicy(parsed.policy, s.actor);
      deps.changed();
      return { ok: true, settings: settingsView(await deps.settings()) };
    },
  };
}
