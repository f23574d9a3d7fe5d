/**
 * Checks across fields that a schema cannot express: unique ids, references between parts, and domains that
 * would make one party look like another.
 */
import { REQUIRED_CATEGORY_IDS } from './default-policy';
import type { Policy } from './schema';

/** One problem found in a policy, with the dot path of the field it concerns. */
export interface PolicyProblem {
  readonly path: string;
  readonly message: string;
}

const covers = (parent: string, domain: string): boolean => domain === parent || domain.endsWith(`.${parent}`);

/** Returns every cross-field problem of a schema-valid policy (empty when it is consistent). */
export function checkPolicy(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const categoryIds = new Set<string>();
  policy.categories.forEach((category, i) => {
    if (categoryIds.has(category.id)) {
      problems.push({ path: `categories.${i}.id`, message: `duplicate category id "${category.id}"` });
    }
    categoryIds.add(category.id);
  });
  for (const id of REQUIRED_CATEGORY_IDS) {
    if (!categoryIds.has(id)) problems.push({ path: 'categories', message: `missing required category "${id}"` });
  }
  policy.categories.forEach((category, i) => {
    category.rules.outranks?.forEach((id, j) => {
      if (!categoryIds.has(id) || id === category.id) {
        problems.push({ path: `categories.${i}.rules.outranks.${j}`, message: `names no other category: "${id}"` });
      }
    });
  });
  if (!categoryIds.has(policy.defaultCategory)) {
    problems.push({ path: 'defaultCategory', message: `names no category: "${policy.defaultCategory}"` });
  }

  const processorIds = new Set<string>();
  const owners = new Map<string, string>();
  for (const domain of policy.organisation.domains) owners.set(domain, 'the organisation');
  policy.processors.forEach((processor, i) => {
    if (processorIds.has(processor.id)) {
      problems.push({ path: `processors.${i}.id`, message: `duplicate processor id "${processor.id}"` });
    }
    processorIds.add(processor.id);
    processor.domains.forEach((domain, j) => {
      for (const [owned, owner] of owners) {
        if (covers(owned, domain) || covers(domain, owned)) {
          problems.push({
            path: `processors.${i}.domains.${j}`,
            message: `"${domain}" overlaps "${owned}", which belongs to ${owner}`,
          });
        }
      }
      owners.set(domain, `processor "${processor.id}"`);
    });
    processor.categories?.forEach((id, j) => {
      if (!categoryIds.has(id)) {
        problems.push({ path: `processors.${i}.categories.${j}`, message: `names no category: "${id}"` });
      }
    });
  });
  return problems;
}
