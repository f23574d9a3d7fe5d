/**
 * decideSharing as it was before its findings were tallied in one pass (before commit 774c0b6), kept only as the oracle
 * the one-pass version is tested against. Not used by the product.
 */
import { describeKind, maskFinding } from '../../../../shared/core/detect';
import type { Policy, PolicyCategory } from '../../../../shared/core/policy/schema';
import type {
  AttachmentInfo,
  Finding,
  PersonalDataKind,
  RecipientVerdict,
  SharingDecision,
} from '../../../../shared/core/types';

/** Kinds that block on their own when they would reach someone unvetted. */
const BLOCKING_KINDS: readonly PersonalDataKind[] = ['card_number', 'credential'];

/** Kinds that never count as a leak on their own (a link to a public web site is not about a person). */
const UNCOUNTED_KINDS: readonly PersonalDataKind[] = ['url'];

/** Everything the rules look at. */
interface SharingFacts {
  readonly policy: Policy;
  readonly text: string;
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
export function oracleDecideSharing(facts: SharingFacts): SharingDecision {
  const { policy, text, recipients } = facts;
  const category = (id: string | undefined) => policy.categories.find((c) => c.id === id);
  const blockCategories = policy.categories.filter((c) => c.sharing === 'block');
  const sensitive = facts.counted.filter((f) => !UNCOUNTED_KINDS.includes(f.kind) && f.confidence >= 0.5);
  const blocking = sensitive.filter((f) => BLOCKING_KINDS.includes(f.kind));
  const recordings: { attachment: AttachmentInfo; category: PolicyCategory }[] = [];
  for (const a of facts.attachments) {
    const c = blockCategories.find((b) => attachmentHit(b, a));
    if (c) recordings.push({ attachment: a, category: c });
  }
  const original = category(facts.originalCategory);
  const draft = category(facts.draftCategory);
  const draftBlocks =
    draft?.sharing === 'block' && sensitive.some((f) => draft.rules.kinds.includes(f.kind)) ? draft : undefined;
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
    for (const kind of new Set(blocking.map((f) => f.kind))) {
      const first = blocking.find((f) => f.kind === kind) as Finding;
      raise('block', `It contains ${maskFinding(text, first)} and would go to ${notVetted}.`);
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
    const rest = sensitive.filter((f) => !BLOCKING_KINDS.includes(f.kind));
    if (rest.length) raise('warn', `Personal data would go to ${notVetted}: ${countKinds(rest)}.`);
  }

  for (const r of recipients.filter((x) => x.status === 'vetted')) {
    const processor = policy.processors.find((p) => p.id === r.processor);
    if (!processor?.categories) continue;
    const implied = new Set<PolicyCategory>();
    for (const f of sensitive) for (const c of blockCategories) if (c.rules.kinds.includes(f.kind)) implied.add(c);
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

function countKinds(findings: readonly Finding[]): string {
  const counts = new Map<PersonalDataKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${describeKind(k)} (${n})`).join(', ');
}

function allowReason(recipients: readonly RecipientVerdict[], outside: boolean): string {
  if (!recipients.length) return 'There are no recipients yet.';
  return outside
    ? "It goes outside the organisation but carries no personal data beyond the firm's and the recipients' own."
    : 'Every recipient is internal, a vetted processor, or a person the original mail came from or went to.';
}
