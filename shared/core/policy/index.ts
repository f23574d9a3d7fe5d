/** The policy: its schema and type, the default policy, validation, and who owns a domain. */
export { checkPolicy, type PolicyProblem } from './check-policy';
export { defaultPolicy, REQUIRED_CATEGORY_IDS } from './default-policy';
export { type DomainOwner, domainOwner, isDomainOrSubdomain, isVetted } from './domain-owner';
export { ensurePolicy } from './ensure-policy';
export { asciiDomain, type ParsedAddress, parseAddress } from './parse-address';
export { type ParsePolicyResult, parsePolicy, ROOT_PATH } from './parse-policy';
export * from './schema';
