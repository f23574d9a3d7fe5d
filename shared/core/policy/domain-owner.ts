/**
 * Who a domain belongs to under the policy: the organisation, a processor, or nobody we know.
 */
import type { Policy, Processor } from './schema';

/** The owner of a domain. */
export type DomainOwner =
  | { readonly kind: 'organisation' }
  | { readonly kind: 'processor'; readonly processor: Processor }
  | { readonly kind: 'none' };

/** True when `domain` is `parent` or one of its subdomains (`mail.payvector.com` under `payvector.com`). */
export function isDomainOrSubdomain(domain: string, parent: string): boolean {
  return (
    domain === parent ||
    (domain.length > parent.length && domain.endsWith(parent) && domain[domain.length - parent.length - 1] === '.')
  );
}

/** Finds who owns `domain` (lower-case ASCII): the organisation first, then the processors in order. */
export function domainOwner(domain: string, policy: Policy): DomainOwner {
  if (policy.organisation.domains.some((d) => isDomainOrSubdomain(domain, d))) return { kind: 'organisation' };
  const processor = policy.processors.find((p) => p.domains.some((d) => isDomainOrSubdomain(domain, d)));
  return processor ? { kind: 'processor', processor } : { kind: 'none' };
}

/** True when the processor's vetting still holds on `now`'s UTC day (it lapses after `vettedUntil`). */
export function isVetted(processor: Processor, now: Date): boolean {
  return now.toISOString().slice(0, 10) <= processor.vettedUntil;
}
