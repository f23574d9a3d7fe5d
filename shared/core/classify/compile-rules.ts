/**
 * Turns a policy's category rules (data) into matchers, once per policy object.
 */
import type { Policy } from '../policy/schema';
import { compilePhrases, type PhraseEntry, type PhraseMatcher } from './phrase-matcher';

/** A policy's rules, ready to score a message. */
export interface CompiledRules {
  readonly policy: Policy;
  readonly subject: PhraseMatcher;
  readonly body: PhraseMatcher;
  /** Every kind of personal data some category's rules name: only these need their best confidence. */
  readonly kinds: ReadonlySet<string>;
}

const cache = new WeakMap<Policy, CompiledRules>();

/** Compiles (or returns the cached compilation of) a validated policy's rules. */
export function compileRules(policy: Policy): CompiledRules {
  const cached = cache.get(policy);
  if (cached) return cached;
  const subject: PhraseEntry[] = [];
  const body: PhraseEntry[] = [];
  policy.categories.forEach((category, index) => {
    for (const phrase of category.rules.subject) subject.push({ phrase, category: index });
    for (const phrase of category.rules.body) body.push({ phrase, category: index });
  });
  const kinds = new Set<string>();
  for (const category of policy.categories) for (const kind of category.rules.kinds) kinds.add(kind);
  const compiled = { policy, subject: compilePhrases(subject), body: compilePhrases(body), kinds };
  cache.set(policy, compiled);
  return compiled;
}
