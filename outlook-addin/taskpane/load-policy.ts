/**
 * The policy the panes use: `policy.json` deployed beside the pages, validated with `parsePolicy`. When it is absent or
 * invalid, the last good cached copy, else the built-in default — with every problem listed for the pane to show.
 * A good deployed copy is cached for the event handlers.
 */
import { parsePolicy } from '../../shared/core/policy';
import { cachedPolicy, cachePolicy, type LoadedPolicy } from '../common/policy-cache';
import type { PaneEnv } from './pane-env';

/** Loads, validates and caches the policy. Never rejects. */
export async function loadPolicy(env: Pick<PaneEnv, 'fetchJson' | 'storage'>): Promise<LoadedPolicy> {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = await env.fetchJson('policy.json');
    if (json === undefined) problems.push('No policy.json is deployed beside the add-in.');
  } catch (err) {
    problems.push(`policy.json could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (json !== undefined) {
    const parsed = parsePolicy(json);
    if (parsed.ok) {
      let cacheProblem: string[] = [];
      await cachePolicy(env.storage, parsed.policy).catch((err: unknown) => {
        cacheProblem = [`The policy could not be cached for the send guard: ${String(err)}`];
      });
      return { policy: parsed.policy, source: 'deployed', problems: cacheProblem };
    }
    problems.push(...parsed.errors.map((e) => `policy.json ${e.path || '(root)'}: ${e.message}`));
  }
  const fallback = await cachedPolicy(env.storage);
  return { ...fallback, problems: [...problems, ...fallback.problems] };
}
