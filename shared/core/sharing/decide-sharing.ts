/**
 * The send guard's rules, applied to a draft's recipients, counted findings, attachments and categories.
 */
import { type MessageParts, maskMessageFinding } from '../classify/message-text';
import { describeKind } from '../detect';
import type { Policy, PolicyCategory } from '../policy/schema';
import type { AttachmentInfo, Finding, PersonalDataKind, RecipientVerdict, SharingDecision } from '../types';

/** Kinds that block on their own when they would reach someone unvetted. */
export const BLOCKING_KINDS: readonly PersonalDataKind[] = ['card_number', 'credential'];

/** Kinds that never count as a leak on their own (a link to a public web site is not about a person). */
export const UNCOUNTED_KINDS: readonly PersonalDataKind[] = ['url'];

/** Everything the rules look at. */
export interface SharingFacts {
  readonly policy: Policy;
  /** The draft's subject and body (finding offsets index `messageText(subject, body)`). */
  readonly message: MessageParts;
  readonly findings: readonly Finding[];
  /** Findings that count: not the organisation's or the recipients' own details. */
  readonly counted: readonly Finding[];
  readonly recipients: readonly RecipientVerdict[];
  readonly attachments: readonly AttachmentInfo[];
  /** What the draft reads as, when it was worth classifying (it holds data a blocking category recognises). */
  readonly draftCategory: string | undefined;
  readonly originalCategory: string | undefined;
  readonly composeType: 'new' | 'reply' | 'forward';
}

type Action = SharingDecision['action'];
const RANK: Record<Action, number> = { allow: 0, warn: 1, block: 2 };

const attachmentHit = (category: PolicyCategory, a: AttachmentInfo): boolean =>
  category.rules.attachments.some((p) => {
    const pattern = p.toLowerCase();
    return pattern.includes('/')
      ? a.contentType.toLowerCase().startsWith(pattern)
      : a.name.toLowerCase().endsWith(`.${pattern.replace(/^\./, '')}`);
  });

/** Applies the send guard's rules. */
export function decideSharing(facts: SharingFacts): SharingDecision {
  const { policy, message, recipients } = facts;
  const category = (id: string | undefined) => policy.categories.find((c) => c.id === id);
  const blockCategories = policy.categories.filter((c) => c.sharing === 'block');
  const { kinds: sensitiveKinds, firstBlocking, restCounts } = tallySensitive(facts.counted);
  const recordings: { attachment: AttachmentInfo; category: PolicyCategory }[] = [];
  for (const a of facts.attachments) {
    const c = blockCategories.find((b) => attachmentHit(b, a));
    if (c) recordings.push({ attachment: a, category: c });
  }
  const original = category(facts.originalCategory);
  const draft = category(facts.draftCategory);
  const draftBlocks =
    draft?.sharing === 'block' && draft.rules.kinds.some((k) => sensitiveKinds.has(k as PersonalDataKind))
      ? draft
      : undefined;
  const originalWord = facts.composeType === 'forward' ? 'forwards' : 'answers';

  let action: Action = 'allow';
  const reasons: string[] = [];
  const raise = (to: Action, reason: string) => {
    if (RANK[to] > RANK[action]) action = to;
    reasons.push(reason);
  };

  for (const r of recipients.filter((x) => x.status === 'lookalike')) raise('block', `${r.address}: ${r.reason}`);

  const outside = recipients.filter((r) => r.status === 'unvetted' || r.status === 'invalid');
  if (outside.length) {
    const where = [...new Set(outside.map((r) => r.domain || r.address))].join(', ');
    const notVetted = `${where} (not ${outside.length > 1 ? 'vetted processors' : 'a vetted processor'})`;
    for (const r of outside.filter((x) => x.status === 'invalid' || x.processor))
      raise('warn', `${r.address}: ${r.reason}`);
    for (const first of firstBlocking.values()) {
      raise('block', `It contains ${maskMessageFinding(message, first)} and would go to ${notVetted}.`);
    }
    for (const { attachment, category: c } of recordings) {
      const ext = attachment.name.includes('.')
        ? attachment.name.slice(attachment.name.lastIndexOf('.'))
        : attachment.contentType;
      raise('block', `An attachment (${ext}) looks like ${c.title.toLowerCase()} and would go to ${notVetted}.`);
    }
    if (original?.sharing === 'block')
      raise('block', `It ${originalWord} a mail labelled "${original.title}", to ${notVetted}.`);
    if (draftBlocks) raise('block', `It reads as "${draftBlocks.title}" mail, which must not go to ${notVetted}.`);
    if (original?.sharing === 'warn')
      raise('warn', `It ${originalWord} a mail labelled "${original.title}" (personal data) to ${notVetted}.`);
    if (restCounts.size) raise('warn', `Personal data would go to ${notVetted}: ${countKinds(restCounts)}.`);
  }

  for (const r of recipients.filter((x) => x.status === 'vetted')) {
    const processor = policy.processors.find((p) => p.id === r.processor);
    if (!processor?.categories) continue;
    const implied = new Set<PolicyCategory>();
    for (const kind of sensitiveKinds)
      for (const c of blockCategories) if (c.rules.kinds.includes(kind)) implied.add(c);
    for (const { category: c } of recordings) implied.add(c);
    if (original && original.sharing !== 'allow') implied.add(original);
    if (draftBlocks) implied.add(draftBlocks);
    for (const c of implied) {
      if (!processor.categories.includes(c.id)) {
        raise(
          'warn',
          `${processor.name} is vetted for ${processor.purposes.join(', ')}, not for ${c.title.toLowerCase()}.`,
        );
      }
    }
  }

  if (action === 'allow') reasons.push(allowReason(recipients, outside.length > 0));
  return { action, personalData: facts.findings, reasons, recipients };
}

/** What the counted findings hold that the rules weigh, in one pass (each in order of first appearance). */
interface SensitiveTally {
  /** Every kind of personal data that counts (not a URL; confidence ≥ 0.5). */
  readonly kinds: ReadonlySet<PersonalDataKind>;
  /** The first finding of each blocking kind. */
  readonly firstBlocking: ReadonlyMap<PersonalDataKind, Finding>;
  /** How many findings of each other kind. */
  readonly restCounts: ReadonlyMap<PersonalDataKind, number>;
}

const uncounted = new Set(UNCOUNTED_KINDS);
const blockingKinds = new Set(BLOCKING_KINDS);

function tallySensitive(counted: readonly Finding[]): SensitiveTally {
  const kinds = new Set<PersonalDataKind>();
  const firstBlocking = new Map<PersonalDataKind, Finding>();
  const restCounts = new Map<PersonalDataKind, number>();
  for (const f of counted) {
    if (f.confidence < 0.5 || uncounted.has(f.kind)) continue;
    kinds.add(f.kind);
    if (!blockingKinds.has(f.kind)) restCounts.set(f.kind, (restCounts.get(f.kind) ?? 0) + 1);
    else if (!firstBlocking.has(f.kind)) firstBlocking.set(f.kind, f);
  }
  return { kinds, firstBlocking, restCounts };
}

function countKinds(counts: ReadonlyMap<PersonalDataKind, number>): string {
  return [...counts].map(([k, n]) => `${describeKind(k)} (${n})`).join(', ');
}

function allowReason(recipients: readonly RecipientVerdict[], outside: boolean): string {
  if (!recipients.length) return 'There are no recipients yet.';
  return outside
    ? "It goes outside the organisation but carries no personal data beyond the firm's and the recipients' own."
    : 'Every recipient is internal, a vetted processor, or a person the original mail came from or went to.';
}
