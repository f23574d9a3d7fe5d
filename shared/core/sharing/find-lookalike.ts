/**
 * Spots a recipient domain (or display name) that imitates the organisation's or a processor's: homoglyphs and
 * IDN (`xn--`) spellings, typos, extra words (`payvector-secure.com`), the same name under another ending, a real
 * domain put in front of someone else's (`payvector.co.uk.evil.io`), and display names that claim a processor.
 * Registrable domains come from the Public Suffix List (tldts), not a hand-written list.
 */
import punycode from 'punycode/punycode.js';
import { parse } from 'tldts';
import type { Policy } from '../policy/schema';
import { editDistance } from './edit-distance';
import { skeleton } from './skeleton';

/** What a look-alike imitates and how. */
export interface Lookalike {
  /** The processor id imitated, or undefined when it imitates the organisation. */
  readonly processor?: string;
  /** The real domain or name imitated. */
  readonly imitates: string;
  /** How, in words: "a typo", "look-alike characters (it reads "pаyvector")". */
  readonly how: string;
}

interface Protected {
  readonly domain: string;
  readonly label: string;
  readonly skeleton: string;
  readonly suffix: string;
  readonly processor?: string;
}

interface Alias {
  readonly name: string;
  readonly skeleton: string;
  readonly processor?: string;
}

const GENERIC = new Set([
  'ltd',
  'limited',
  'plc',
  'llp',
  'inc',
  'the',
  'and',
  'it',
  'uk',
  'support',
  'services',
  'group',
]);
const cache = new WeakMap<Policy, { domains: Protected[]; aliases: Alias[] }>();

function protectedOf(policy: Policy) {
  const hit = cache.get(policy);
  if (hit) return hit;
  const domains: Protected[] = [];
  const aliases: Alias[] = [];
  const add = (domain: string, processor?: string) => {
    const p = parse(domain);
    const label = p.domainWithoutSuffix ?? domain;
    domains.push({ domain, label, skeleton: skeleton(label), suffix: p.publicSuffix ?? '', processor });
  };
  for (const d of policy.organisation.domains) add(d);
  for (const word of policy.organisation.name.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word.length >= 4 && !GENERIC.has(word)) aliases.push({ name: word, skeleton: skeleton(word) });
  }
  for (const p of policy.processors) {
    for (const d of p.domains) add(d, p.id);
    for (const a of p.aliases ?? []) {
      const skel = skeleton(compact(a));
      if (skel.length >= 5) aliases.push({ name: a, skeleton: skel, processor: p.id });
    }
  }
  const built = { domains, aliases };
  cache.set(policy, built);
  return built;
}

// Spaces, ASCII punctuation and general punctuation out; letters of every script stay (no `\p{}`: ES2017 engines).
const compact = (text: string): string => text.replace(/[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f]+/g, '');

const unicode = (label: string): string => {
  if (!label.startsWith('xn--')) return label;
  try {
    return punycode.toUnicode(label);
  } catch {
    return label;
  }
};

/** Checks a recipient's ASCII domain (not itself the organisation's or a processor's) and display name. */
export function findLookalike(domain: string, displayName: string, policy: Policy): Lookalike | undefined {
  const { domains, aliases } = protectedOf(policy);
  const parsed = parse(domain);
  const label = parsed.domainWithoutSuffix ?? '';
  const sub = parsed.subdomain ?? '';
  const shown = unicode(label);
  const skel = skeleton(shown);
  const homoglyph = shown !== label || /[^a-z0-9-]/.test(shown);
  // Strongest signs first, across every protected domain: a real domain in front, the same skeleton.
  for (const p of domains) {
    const found = (how: string): Lookalike => ({ processor: p.processor, imitates: p.domain, how });
    if (sub && `.${sub}.`.includes(`.${p.domain}.`)) return found(`${p.domain} put in front of someone else's domain`);
    if (skel === p.skeleton) {
      if (homoglyph) return found(`look-alike characters (it reads "${shown}")`);
      if (label === p.label) return found('the same name under another ending');
      return found('characters swapped for look-alikes');
    }
  }
  for (const p of domains) {
    const found = (how: string): Lookalike => ({ processor: p.processor, imitates: p.domain, how });
    const max = p.skeleton.length >= 9 ? 2 : p.skeleton.length >= 5 ? 1 : 0;
    if (max && editDistance(skel, p.skeleton, max) <= max) return found('a typo');
    if (p.skeleton.length >= 5 && skel.includes(p.skeleton)) return found(`extra words around "${p.label}"`);
    if (sub && p.skeleton.length >= 5 && sub.split('.').some((s) => skeleton(unicode(s)) === p.skeleton)) {
      return found(`"${p.label}" as a subdomain of someone else's domain`);
    }
  }
  const name = skeleton(compact(displayName));
  if (name) {
    const claimed = aliases.find((a) => name.includes(a.skeleton));
    if (claimed) {
      const how = `a display name claiming to be ${claimed.name} on an address that is not theirs`;
      return { processor: claimed.processor, imitates: claimed.name, how };
    }
  }
  return undefined;
}
