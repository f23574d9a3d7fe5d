/**
 * The task pane: loads the policy (problems shown, default on failure) and the role, writes the send guard's queued
 * events to the audit log, then shows the read view or the compose view. Pinned, it follows the selection
 * (Office.EventType.ItemChanged, Mailbox 1.5).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../shared/ui/label-view';
import type { LoadedPolicy } from '../common/policy-cache';
import { ComposeView } from './compose-view';
import { flushPendingEvents } from './flush-pending';
import { loadPolicy } from './load-policy';
import { loadRole } from './load-role';
import { type PaneEnv, userAddress } from './pane-env';
import { ProblemList } from './problem-list';
import { isCompose } from './read-message';
import { ReadView } from './read-view';
import { syncStorePolicy } from './sync-store-policy';

/** Props of {@link TaskpaneApp}. */
export interface TaskpaneAppProps {
  readonly env: PaneEnv;
}

/** The whole task pane. */
export function TaskpaneApp({ env }: TaskpaneAppProps) {
  const [setup, setSetup] = useState<{ loaded: LoadedPolicy; role: Role; flushProblem?: string } | null>(null);
  const [itemKey, setItemKey] = useState(0);
  useEffect(() => {
    void (async () => {
      const [loaded, role] = await Promise.all([loadPolicy(env), loadRole(env, userAddress(env))]);
      const storeProblem = await syncStorePolicy(env, loaded.policy);
      const flushProblem = await flushPendingEvents(env).then(
        () => storeProblem,
        (err: unknown) => `Send-guard events could not be written to the audit log yet: ${String(err)}`,
      );
      setSetup({ loaded, role, ...(flushProblem ? { flushProblem } : {}) });
    })();
    const onItemChanged = () => setItemKey((k) => k + 1);
    try {
      env.mailbox.addHandlerAsync?.(Office.EventType.ItemChanged, onItemChanged);
    } catch {
      // clients without ItemChanged do not pin: the pane closes with the item
    }
    return () => {
      try {
        env.mailbox.removeHandlerAsync?.(Office.EventType.ItemChanged);
      } catch {
        // nothing to remove
      }
    };
  }, [env]);

  if (!setup) return <p role="status">Loading Mailguard…</p>;
  const { loaded, role } = setup;
  const sourceWords = {
    deployed: 'deployed policy',
    cache: 'last good copy of the policy',
    default: 'built-in default policy',
  } as const;
  const item = env.mailbox.item;
  return (
    <main class="mg-pane" data-role={role}>
      <p class="mg-policy">
        Policy {loaded.policy.version} ({sourceWords[loaded.source]})
      </p>
      <ProblemList title="Policy problems" problems={loaded.problems} />
      {setup.flushProblem ? <ProblemList title="Store" problems={[setup.flushProblem]} /> : null}
      {!item ? (
        <p role="status">Select a message to see its label.</p>
      ) : isCompose(item) ? (
        <ComposeView key={itemKey} env={env} policy={loaded.policy} />
      ) : (
        <ReadView env={env} policy={loaded.policy} role={role} itemKey={itemKey} />
      )}
    </main>
  );
}
