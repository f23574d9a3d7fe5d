/**
 * One recipient's status for the send guard: internal, data subject, vetted processor, look-alike, unvetted or
 * invalid — with the reason in words.
 */
import { domainOwner, isVetted } from '../policy/domain-owner';
import { parseAddress } from '../policy/parse-address';
import type { Policy } from '../policy/schema';
import type { RecipientVerdict } from '../types';
import { findLookalike } from './find-lookalike';

/** What deciding a recipient needs. */
export interface RecipientContext {
  readonly policy: Policy;
  readonly now: Date;
  /** Lower-cased addresses of the people the original mail came from or went to. */
  readonly dataSubjects: ReadonlySet<string>;
}

/** Decides one recipient (`Name <a@b>` or `a@b`). Never throws. */
export function classifyRecipient(raw: string, context: RecipientContext): RecipientVerdict {
  const { policy, now } = context;
  const parsed = parseAddress(raw);
  if (!parsed) {
    return {
      address: String(raw),
      domain: '',
      status: 'invalid',
      reason: 'This is not a mail address Mailguard can read.',
    };
  }
  const { address, domain, displayName } = parsed;
  const owner = domainOwner(domain, policy);
  if (owner.kind === 'organisation') {
    return {
      address,
      domain,
      status: 'internal',
      reason: `${domain} is one of ${policy.organisation.name}'s domains.`,
    };
  }
  if (owner.kind === 'processor') {
    const p = owner.processor;
    if (isVetted(p, now)) {
      return {
        address,
        domain,
        status: 'vetted',
        processor: p.id,
        reason: `${p.name} is a vetted processor (for ${p.purposes.join(', ')}) until ${p.vettedUntil}.`,
      };
    }
    return {
      address,
      domain,
      status: 'unvetted',
      processor: p.id,
      reason: `${p.name}'s vetting lapsed after ${p.vettedUntil}; treat it as unvetted until it is vetted again.`,
    };
  }
  const lookalike = findLookalike(domain, displayName, policy);
  if (lookalike) {
    return {
      address,
      domain,
      status: 'lookalike',
      ...(lookalike.processor ? { processor: lookalike.processor } : {}),
      reason: `Imitates ${lookalike.imitates}: ${lookalike.how}. Check the address before sending.`,
    };
  }
  if (context.dataSubjects.has(address.toLowerCase())) {
    return {
      address,
      domain,
      status: 'data_subject',
      reason: 'This person took part in the original mail, so it is about them or theirs already.',
    };
  }
  return {
    address,
    domain,
    status: 'unvetted',
    reason: `${domain} is neither the organisation's nor a vetted processor's.`,
  };
}
