/**
 * Read mode: labels the selected message and shows its label card (shared UI). Re-labels when `itemKey` changes (the
 * pinned pane follows the selection).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Policy } from '../../shared/core/policy/schema';
import { LabelCard } from '../../shared/ui/label-card';
import type { Role } from '../../shared/ui/label-view';
import { holdMessage, relabelMessage } from './label-actions';
import { type LabelOutcome, labelMessage } from './label-message';
import type { PaneEnv } from './pane-env';
import { ProblemList } from './problem-list';

/** Props of {@link ReadView}. */
export interface ReadViewProps {
  readonly env: PaneEnv;
  readonly policy: Policy;
  readonly role: Role;
  /** Changes when Outlook selects another item. */
  readonly itemKey: number;
}

type State = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; outcome: LabelOutcome };

/** The label of the message in view. */
export function ReadView({ env, policy, role, itemKey }: ReadViewProps) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const run = useCallback(async () => {
    try {
      setState({ phase: 'ready', outcome: await labelMessage(env, policy) });
    } catch (err) {
      setState({ phase: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }, [env, policy]);
  useEffect(() => {
    setState({ phase: 'loading' });
    void run();
  }, [run, itemKey]);

  if (state.phase === 'loading') return <p role="status">Reading the message…</p>;
  if (state.phase === 'error')
    return <ProblemList title="Mailguard could not label this message" problems={[state.message]} />;
  const { outcome } = state;
  const categories = policy.categories.map((c) => ({ id: c.id, title: c.title }));
  return (
    <>
      <LabelCard
        label={outcome.view}
        now={env.now()}
        userRole={role}
        categories={categories}
        onRelabel={async (category, reason) => {
          await relabelMessage(env, outcome.message, category, reason);
          await run();
        }}
        onLegalHold={async (reason) => {
          await holdMessage(env, outcome.message, reason);
          await run();
        }}
      />
      <ProblemList title="Not everything could be done" problems={outcome.problems} />
    </>
  );
}
