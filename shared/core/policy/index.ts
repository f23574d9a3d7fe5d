/** The policy: its schema and type, the default policy, and validation. */
export { checkPolicy, type PolicyProblem } from './check-policy';
export { defaultPolicy, REQUIRED_CATEGORY_IDS } from './default-policy';
export { type ParsePolicyResult, parsePolicy, ROOT_PATH } from './parse-policy';
export * from './schema';
