/**
 * Validates an administrator's policy: every problem with its path, never a throw.
 */
import * as v from 'valibot';
import { checkPolicy, type PolicyProblem } from './check-policy';
import { type Policy, PolicySchema } from './schema';

/** The outcome of `parsePolicy`. */
export type ParsePolicyResult =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly errors: readonly PolicyProblem[] };

/** Path used for a problem with the document as a whole. */
export const ROOT_PATH = '(root)';

/**
 * Parses a policy from JSON data (or JSON text). Returns the validated policy (domains lower-cased, defaults filled
 * in), or every problem found, each with the dot path of its field (`categories.3.retention.period`).
 */
export function parsePolicy(json: unknown): ParsePolicyResult {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: ROOT_PATH, message: `not valid JSON: ${detail}` }] };
    }
  }
  if (Array.isArray(input) || input === null || typeof input !== 'object') {
    return { ok: false, errors: [{ path: ROOT_PATH, message: 'must be an object (the policy document)' }] };
  }
  let result: ReturnType<typeof v.safeParse<typeof PolicySchema>>;
  try {
    result = v.safeParse(PolicySchema, input);
  } catch (error) {
    // Hostile input (a throwing getter, a Proxy) must still end as an error list.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: ROOT_PATH, message: `could not be read: ${detail}` }] };
  }
  if (!result.success) {
    const errors = result.issues.map((issue) => ({
      path: v.getDotPath(issue) || ROOT_PATH,
      message: describeIssue(issue),
    }));
    return { ok: false, errors };
  }
  const problems = checkPolicy(result.output);
  return problems.length ? { ok: false, errors: problems } : { ok: true, policy: result.output };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema') return issue.message;
  if (issue.expected === 'never') return 'is not a known field';
  if (issue.input === undefined) return 'is required';
  const expected = issue.expected === 'Object' ? 'an object' : issue.expected === 'Array' ? 'a list' : issue.expected;
  return `must be ${expected ?? 'valid'}, got ${issue.received}`;
}
