/**
 * Policy versions: every policy ever set is kept (so each label names the policy that decided it); the last one set
 * is active. Setting a policy is audited.
 */
import * as v from 'valibot';
import { type Policy, PolicySchema } from '../core/policy/schema';
import { auditedWrite } from './audited-write';
import type { MailguardDb } from './db';
import { canonicalJson, sha256Hex } from './hashing';
import { StoreError } from './store-error';

/**
 * The policy as the store needs it: structurally valid (the shared schema) and with a default category that exists.
 * The administrator's full check (`parsePolicy`, required categories, processor overlaps) runs before this, in the
 * settings flow; the store only refuses what it could not work with.
 * @throws StoreError `invalid` naming every problem.
 */
export function validPolicy(policy: Policy): Policy {
  const parsed = v.safeParse(PolicySchema, policy);
  if (!parsed.success) {
    const problems = parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
    throw new StoreError('invalid', `The policy is not valid: ${problems}`);
  }
  if (!parsed.output.categories.some((c) => c.id === parsed.output.defaultCategory)) {
    throw new StoreError(
      'invalid',
      `The policy's defaultCategory "${parsed.output.defaultCategory}" names no category`,
    );
  }
  return parsed.output;
}

/** The active (last set) policy, or undefined before any was set. */
export async function activePolicy(db: MailguardDb): Promise<Policy | undefined> {
  return (await db.policies.orderBy(':id').last())?.policy;
}

/**
 * Stores `policy` as a new version and makes it active, with an audit entry naming both versions and the policy's
 * hash. Setting the active policy again unchanged does nothing.
 * @throws StoreError `invalid` when the policy does not validate, when the actor is empty, or when the version string
 *   is already active with different content (a changed policy needs a new version).
 */
export async function setPolicy(db: MailguardDb, policy: Policy, actor: string, now = new Date()): Promise<void> {
  const next = validPolicy(policy);
  if (!actor?.trim()) throw new StoreError('invalid', 'Who sets the policy (actor) must be given');
  const nextJson = canonicalJson(next);
  await auditedWrite(db, ['policies'], 'setting the policy', async () => {
    const current = await db.policies.orderBy(':id').last();
    if (current && current.version === next.version) {
      if (canonicalJson(current.policy) === nextJson) return { drafts: [], apply: async () => undefined };
      throw new StoreError(
        'invalid',
        `Policy version "${next.version}" is already active with different content: give the changed policy a new version`,
      );
    }
    const policyHash = await sha256Hex(nextJson);
    return {
      drafts: [
        {
          at: now.toISOString(),
          actor,
          type: 'policy_change',
          target: next.version,
          details: { version: next.version, previousVersion: current?.version ?? null, policyHash },
        },
      ],
      apply: async () => {
        await db.policies.add({ version: next.version, policy: next, setAt: now.toISOString(), actor });
      },
    };
  });
}
