/**
 * The policy's shape as a valibot schema: the single source of the `Policy` type.
 * Clients read only the fields documented here; rules are the classifier's business.
 */
import * as v from 'valibot';
import { PERSONAL_DATA_KINDS } from '../types';

const isRealDay = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const isoDate = v.pipe(
  v.string(),
  v.isoDate('must be a date as YYYY-MM-DD'),
  v.check(isRealDay, 'must be a real calendar day'),
);
const isoDuration = v.pipe(
  v.string(),
  v.regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'must be an ISO 8601 duration such as P6Y, P3M or P0D'),
);
const domain = v.pipe(
  v.string(),
  v.toLowerCase(),
  v.regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a domain name like example.co.uk',
  ),
);
const nonEmpty = (what: string) => v.pipe(v.string(), v.trim(), v.minLength(1, `${what} must not be empty`));

/** Lawful bases of GDPR Art. 6(1) that the privacy policy names. */
export const LawfulBasisSchema = v.picklist(['consent', 'contract', 'legal_obligation', 'legitimate_interests']);

/** Evidence that recognises a category; any matching clause scores for it. */
export const CategoryRulesSchema = v.strictObject({
  /**
   * Phrases (case-insensitive, whole words) looked for in the subject. A space matches any run of white space,
   * `-` matches a hyphen, a space or nothing, and a trailing `*` any word ending (`chargeback*`).
   */
  subject: v.optional(v.array(nonEmpty('a subject phrase')), []),
  /** Phrases looked for in the body. */
  body: v.optional(v.array(nonEmpty('a body phrase')), []),
  /** Attachment file-name extensions (without dot) or content-type prefixes (`audio/`). */
  attachments: v.optional(v.array(nonEmpty('an attachment pattern')), []),
  /** Personal-data kinds whose presence is evidence. */
  kinds: v.optional(v.array(v.picklist(PERSONAL_DATA_KINDS as [string, ...string[]])), []),
  /** Relative strength of this category's evidence (ties broken by category order). */
  weight: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10)), 1),
  /**
   * Who must or may take part. `internal_only`: the category applies only when every address is the
   * organisation's (staff mail), which then counts as evidence; `with_processor`: a processor's address taking part
   * counts as evidence. Absent or `any`: who took part does not matter (categories say what a mail is about).
   */
  participants: v.optional(v.picklist(['any', 'internal_only', 'with_processor'])),
  /**
   * Category ids this one wins over, whatever their scores, when it has evidence of its own worth at least
   * `OUTRANK_MIN_POINTS` (2) points: a court order that mentions a dispute is still a legal order.
   */
  outranks: v.optional(v.array(nonEmpty('a category id'))),
  /**
   * A fallback category: any other category with at least `OUTRANK_MIN_POINTS` of evidence wins over it
   * (`internal` is staff mail with no customer matter in it).
   */
  fallback: v.optional(v.boolean()),
});

/** One policy category. */
export const CategorySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case, e.g. account_payment')),
  title: nonEmpty('title'),
  description: nonEmpty('description'),
  lawfulBasis: LawfulBasisSchema,
  retention: v.strictObject({
    period: isoDuration,
    atEnd: v.picklist(['review', 'dispose']),
    /** Why this period: policy text and UK practice. */
    rationale: nonEmpty('rationale'),
  }),
  /** The privacy-policy clause this category comes from, quoted. */
  clause: nonEmpty('clause'),
  rules: CategoryRulesSchema,
  /**
   * What the send guard does when mail of this category (or a forward of it) goes to an unvetted recipient:
   * `block`, `warn`, or `allow` (not a personal-data category). Absent means `warn`.
   */
  sharing: v.optional(v.picklist(['block', 'warn', 'allow'])),
});

/** A vetted third-party processor. */
export const ProcessorSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _')),
  name: nonEmpty('name'),
  domains: v.pipe(v.array(domain), v.minLength(1, 'at least one domain')),
  purposes: v.pipe(v.array(nonEmpty('a purpose')), v.minLength(1, 'at least one purpose')),
  /** Vetting lapses after this day (UTC). */
  vettedUntil: isoDate,
  /** Category ids this processor may receive (its purposes, as categories); absent means any. */
  categories: v.optional(v.array(nonEmpty('a category id'))),
  /** Brand names a display name may use to claim to be this processor (e.g. `PayVector`). */
  aliases: v.optional(v.array(nonEmpty('an alias'))),
});

/** The whole policy. */
export const PolicySchema = v.strictObject({
  /** Names the policy revision that decided a label (stored beside every label). */
  version: nonEmpty('version'),
  organisation: v.strictObject({
    name: nonEmpty('name'),
    domains: v.pipe(v.array(domain), v.minLength(1, 'at least one domain')),
    /** The firm's published details (office phone, postal address, web site, bank details for payments): never a leak. */
    contactDetails: v.optional(v.array(nonEmpty('a contact detail'))),
  }),
  processors: v.array(ProcessorSchema),
  categories: v.pipe(v.array(CategorySchema), v.minLength(1, 'at least one category')),
  /** Category used when no rule matches. */
  defaultCategory: v.pipe(v.string(), v.minLength(1)),
  /** How many days before expiry an item counts as due soon. */
  dueSoonDays: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0), v.maxValue(365)),
  /** What the store keeps of a subject: a truncated text a manager recognises, or only its hash. */
  subjectStorage: v.optional(v.picklist(['truncated', 'hash']), 'truncated'),
  /** Sites (registrable domains) where pasting/dropping personal data is not checked. */
  allowedSites: v.optional(v.array(domain), []),
  /** Administrator switch for the paste/drop/upload guard. */
  pasteGuard: v.optional(v.boolean(), true),
});

/** A validated policy. */
export type Policy = v.InferOutput<typeof PolicySchema>;
/** One validated category. */
export type PolicyCategory = Policy['categories'][number];
/** One validated processor. */
export type Processor = Policy['processors'][number];
