/**
 * Scores every policy category on a message's evidence: subject and body phrases, attachment types, detected
 * kinds of personal data, and who took part. Each category's evidence points saturate at {@link POINTS.cap}; the
 * score is points × the category's weight, so a strong category with solid evidence outranks a weak one.
 */
import { domainOwner } from '../policy/domain-owner';
import { parseAddress } from '../policy/parse-address';
import type { AttachmentInfo, Finding, PersonalDataKind } from '../types';
import type { CompiledRules } from './compile-rules';
import { matchPhrases, type PhraseEntry, phraseKey } from './phrase-matcher';

/** Evidence points (documented in README "Core API"). */
export const POINTS = {
  subjectPhrase: 3,
  bodyPhrase: 1,
  attachment: 4,
  /** A detected kind scores this × its best confidence: a checksummed card number is near-conclusive. */
  kind: 6,
  participants: 1,
  /** Every participant is staff (the `internal_only` condition holds): structural evidence, strong on its own. */
  staffOnly: 2,
  cap: 6,
} as const;

/** The evidence (in points, before the weight) a category needs for its `outranks`/`fallback` priorities. */
export const OUTRANK_MIN_POINTS = 2;

/** What a message offers as evidence. */
export interface MessageEvidence {
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly AttachmentInfo[];
  readonly findings: readonly Finding[];
  /** Every address that took part (from, to, cc). */
  readonly participants: readonly string[];
}

/** One category's evidence and score. */
export interface CategoryScore {
  readonly index: number;
  readonly score: number;
  /** Evidence points before the category's weight (capped at {@link POINTS.cap}). */
  readonly points: number;
  readonly subjectPhrases: readonly string[];
  readonly bodyPhrases: readonly string[];
  readonly attachments: readonly string[];
  readonly kinds: readonly PersonalDataKind[];
  readonly participants: 'internal_only' | 'with_processor' | undefined;
}

interface Tally {
  subject: Set<string>;
  body: Set<string>;
}

/** Scores every category of the compiled policy (same order as `policy.categories`). */
export function scoreCategories(rules: CompiledRules, message: MessageEvidence): CategoryScore[] {
  const { policy } = rules;
  const owners = message.participants.map((raw) => {
    const parsed = parseAddress(raw);
    return parsed ? domainOwner(parsed.domain, policy) : ({ kind: 'none' } as const);
  });
  const allInternal = owners.length > 0 && owners.every((o) => o.kind === 'organisation');
  const withProcessor = owners.some((o) => o.kind === 'processor');
  // A processor's own name is not topic evidence when it takes part: LogMeIn writing about its billing names itself.
  const ownNames = new Set<string>();
  for (const o of owners) {
    if (o.kind === 'processor') for (const alias of o.processor.aliases ?? []) ownNames.add(phraseKey(alias));
  }
  const counts = (e: PhraseEntry) => ownNames.size === 0 || !ownNames.has(phraseKey(e.phrase));

  const tallies: Tally[] = policy.categories.map(() => ({ subject: new Set(), body: new Set() }));
  matchPhrases(
    rules.subject,
    message.subject,
    (entries) => {
      for (const e of entries) if (counts(e)) tallies[e.category]?.subject.add(e.phrase);
    },
    true,
  );
  matchPhrases(
    rules.body,
    message.body,
    (entries) => {
      for (const e of entries) if (counts(e)) tallies[e.category]?.body.add(e.phrase);
    },
    true,
  );

  // Only the kinds a rule names are looked up below (a long draft has thousands of names and phones).
  const bestConfidence = new Map<PersonalDataKind, number>();
  for (const f of message.findings) {
    if (rules.kinds.has(f.kind)) bestConfidence.set(f.kind, Math.max(f.confidence, bestConfidence.get(f.kind) ?? 0));
  }

  return policy.categories.map((category, index) => {
    const r = category.rules;
    const tally = tallies[index] as Tally;
    const attachments = attachmentMatches(r.attachments, message.attachments);
    const kinds = r.kinds.filter((k) => (bestConfidence.get(k as PersonalDataKind) ?? 0) >= 0.5) as PersonalDataKind[];
    const participants =
      r.participants === 'internal_only' && allInternal
        ? 'internal_only'
        : r.participants === 'with_processor' && withProcessor
          ? 'with_processor'
          : undefined;
    let points =
      Math.min(tally.subject.size, 2) * POINTS.subjectPhrase +
      Math.min(tally.body.size, POINTS.cap) * POINTS.bodyPhrase +
      Math.min(attachments.length, 2) * POINTS.attachment +
      (participants === 'internal_only' ? POINTS.staffOnly : participants ? POINTS.participants : 0);
    for (const k of kinds) points += POINTS.kind * (bestConfidence.get(k) ?? 0);
    if (r.participants === 'internal_only' && !allInternal) points = 0;
    const capped = Math.min(points, POINTS.cap);
    const score = Math.round(capped * r.weight * 100) / 100;
    return {
      index,
      score,
      points: capped,
      subjectPhrases: [...tally.subject],
      bodyPhrases: [...tally.body],
      attachments,
      kinds,
      participants,
    };
  });
}

/** The attachment patterns (extension or content-type prefix) that match, each named once. */
function attachmentMatches(patterns: readonly string[], attachments: readonly AttachmentInfo[]): string[] {
  const hits: string[] = [];
  for (const pattern of patterns) {
    const p = pattern.toLowerCase();
    const isType = p.includes('/');
    const hit = attachments.some((a) =>
      isType ? a.contentType.toLowerCase().startsWith(p) : a.name.toLowerCase().endsWith(`.${p.replace(/^\./, '')}`),
    );
    if (hit) hits.push(isType ? `of type ${p}` : `.${p.replace(/^\./, '')}`);
  }
  return hits;
}
