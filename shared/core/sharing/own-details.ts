/**
 * Findings that are not a leak: the organisation's own contact details (its addresses, published phone and postal
 * address, web site), the writer's own signature, and the recipients' own details (their address, their name).
 * Forwarded or quoted content of someone else's mail gets none of the signature or greeting allowances.
 */

import { type MessageParts, sliceMessage } from '../classify/message-text';
import { isDomainOrSubdomain } from '../policy/domain-owner';
import { parseAddress } from '../policy/parse-address';
import type { Policy } from '../policy/schema';
import type { Finding, PersonalDataKind } from '../types';
import type { DraftRegions } from './split-draft';

/** Who is writing to whom. */
export interface Parties {
  readonly from: string;
  readonly recipients: readonly string[];
}

const SIGNATURE_KINDS = new Set<PersonalDataKind>([
  'person_name',
  'phone',
  'email',
  'url',
  'postal_address',
  'postcode',
]);
const CONTACT_KINDS = new Set<PersonalDataKind>([
  'phone',
  'url',
  'postal_address',
  'postcode',
  'uk_bank_account',
  'iban',
]);
const URL_HOST = /^(?:https?:\/\/)?([^/\s:?#]+)/i;
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const digits = (s: string) => s.replace(/\D+/g, '').replace(/^44/, '0');

/** Builds a test `isOwnDetail(finding)` for one draft. */
export function ownDetails(draft: MessageParts, regions: DraftRegions, parties: Parties, policy: Policy) {
  const contacts = (policy.organisation.contactDetails ?? []).map((c) => ({ text: squash(c), digits: digits(c) }));
  const addresses = new Set<string>();
  const names = new Set<string>();
  for (const raw of [parties.from, ...parties.recipients]) {
    const p = parseAddress(raw);
    if (!p) continue;
    addresses.add(p.address.toLowerCase());
    for (const word of `${p.displayName} ${p.local}`.toLowerCase().split(/[^a-z\u00c0-\u024f]+/)) {
      if (word.length >= 2) names.add(word);
    }
  }
  const orgDomain = (domain: string) => policy.organisation.domains.some((d) => isDomainOrSubdomain(domain, d));
  // The writer's own signature (name, work phone and address) before any quoted content.
  const [sigStart, sigEnd] = regions.signature;

  // A long draft repeats the same values (a signature quoted ten times): decide each kind and value once. One map a
  // kind, keyed by the value's text alone (a key joined from kind and value cost a second string, and its hash).
  const byKind = new Map<PersonalDataKind, Map<string, boolean>>();
  // Only these kinds can be someone's own by value; the rest (card numbers, credentials, hosts) never are.
  const valueKinds = new Set<PersonalDataKind>([
    'email',
    'url',
    'person_name',
    ...(contacts.length ? CONTACT_KINDS : []),
  ]);
  const isOwn = (f: Finding): boolean => {
    if (f.start >= sigStart && f.end <= sigEnd && f.start < regions.quotedFrom && SIGNATURE_KINDS.has(f.kind)) {
      return true;
    }
    if (!valueKinds.has(f.kind)) return false;
    let byValue = byKind.get(f.kind);
    if (!byValue) {
      byValue = new Map();
      byKind.set(f.kind, byValue);
    }
    const value = sliceMessage(draft, f.start, f.end);
    let own = byValue.get(value);
    if (own === undefined) {
      own = ownValue(f.kind, value);
      byValue.set(value, own);
    }
    return own;
  };
  /** True when a value of this kind is the organisation's or a party's own, wherever it appears. */
  const ownValue = (kind: PersonalDataKind, value: string): boolean => {
    if (kind === 'email') {
      const p = parseAddress(value.replace(/\s+at\s+/i, '@').replace(/\s+dot\s+/gi, '.'));
      if (p && (addresses.has(p.address.toLowerCase()) || orgDomain(p.domain))) return true;
    }
    const host = kind === 'url' ? URL_HOST.exec(value)?.[1] : undefined;
    if (host && orgDomain(host.toLowerCase().replace(/^www\./, ''))) return true;
    if (CONTACT_KINDS.has(kind) && contacts.length) {
      const v = squash(value);
      const d = digits(value);
      for (const c of contacts) {
        if (d.length >= 6 && d === c.digits) return true;
        if (v.length >= 4 && c.text.includes(v)) return true;
      }
    }
    if (kind === 'person_name') {
      const words = value
        .toLowerCase()
        .split(/[^a-z\u00c0-\u024f]+/)
        .filter(Boolean);
      if (words.length && words.every((w) => names.has(w))) return true;
    }
    return false;
  };
  return isOwn;
}
