/**
 * `assessSharing`: the send guard's verdict on a draft — allow, warn or block — with each recipient's status and
 * the reasons in words. Look-alikes block; personal data or a personal-data category going to someone unvetted
 * warns, and blocks for card numbers, credentials, call recordings and card-data / call-recording / remote-access
 * mail (by the policy's `sharing` setting). Vetted processors receiving data outside their purposes warn.
 */
import { categoryWithFindings } from '../classify/classify-email';
import { bodyStart, detectInMessage } from '../classify/message-text';
import { resolveNow } from '../classify/validate-email-input';
import { ensurePolicy } from '../policy/ensure-policy';
import { parseAddress } from '../policy/parse-address';
import type { Policy } from '../policy/schema';
import type { DraftInput, SharingDecision } from '../types';
import { classifyRecipient } from './classify-recipient';
import { decideSharing } from './decide-sharing';
import { ownDetails } from './own-details';
import { splitDraft } from './split-draft';
import { validateDraftInput } from './validate-draft-input';

/** The most of a draft's body the send guard reads for its topic (personal data is found in all of it). */
export const TOPIC_SCAN = 64 * 1024;

/** What `assessSharing` runs under. */
export interface SharingContext {
  readonly policy?: Policy;
  readonly now?: Date;
}

/**
 * Decides whether a draft may go. `personalData` lists every finding (offsets index `messageText(subject, body)`),
 * including the organisation's and recipients' own details, which do not count against the draft.
 * @throws TypeError for a malformed draft or context (programmer misuse). Any other failure inside the guard
 * returns `block` with the reason, never a silent allow.
 */
export function assessSharing(draft: DraftInput, context: SharingContext = {}): SharingDecision {
  validateDraftInput(draft);
  const policy = ensurePolicy(context.policy, 'assessSharing');
  const now = resolveNow(context.now, 'assessSharing');
  try {
    return assess(draft, policy, now);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      action: 'block',
      personalData: [],
      reasons: [`Mailguard could not check this mail (${detail}), so it is held back. Try again or ask IT.`],
      recipients: [],
    };
  }
}

function assess(draft: DraftInput, policy: Policy, now: Date): SharingDecision {
  const findings = detectInMessage(draft);
  const original = draft.original;
  // The people the original came from or went to, compared by parsed address (`Name <a@b>` and `a@b` alike).
  const dataSubjects = new Set<string>();
  for (const raw of original ? [original.from, ...original.to, ...(original.cc ?? [])] : []) {
    const parsed = parseAddress(raw);
    if (parsed) dataSubjects.add(parsed.address.toLowerCase());
  }
  const recipientList = [...draft.to, ...(draft.cc ?? []), ...(draft.bcc ?? [])];
  const recipients = recipientList.map((r) => classifyRecipient(r, { policy, now, dataSubjects }));
  const regions = splitDraft(draft);
  const isOwn = ownDetails(draft, regions, { from: draft.from, recipients: recipientList }, policy);
  const counted = findings.filter((f) => !isOwn(f));
  // What the draft itself reads as matters only when it holds data a blocking category recognises (a card
  // number, credentials, a host name): classify it then, from rule phrases in at most TOPIC_SCAN characters. When the
  // quoted history has its own label (`original.classification`) and the writer wrote above it, the phrases are read
  // in the writer's own text only: the quote cannot make the draft read as something milder, and its label counts
  // apart. Without that label the quote is read too. The data, quoted or not, counts through `counted` either way.
  const blockKinds = blockingCategoryKinds(policy);
  const ownText = regions.quotedFrom - bodyStart(draft);
  const draftCategory = counted.some((f) => blockKinds.has(f.kind))
    ? categoryWithFindings({ ...draft, to: recipientList, cc: [] }, counted, {
        policy,
        phraseScanLimit: original?.classification && ownText > 0 ? Math.min(TOPIC_SCAN, ownText) : TOPIC_SCAN,
      }).id
    : undefined;
  return decideSharing({
    policy,
    message: draft,
    findings,
    counted,
    recipients,
    attachments: draft.attachments ?? [],
    draftCategory,
    originalCategory: original?.classification?.category,
    composeType: draft.composeType ?? 'new',
  });
}

const blockKindsByPolicy = new WeakMap<Policy, ReadonlySet<string>>();

/** The kinds a blocking category recognises (card numbers, credentials, host names), once per policy object. */
function blockingCategoryKinds(policy: Policy): ReadonlySet<string> {
  let kinds = blockKindsByPolicy.get(policy);
  if (!kinds) {
    const set = new Set<string>();
    for (const c of policy.categories) if (c.sharing === 'block') for (const k of c.rules.kinds) set.add(k);
    kinds = set;
    blockKindsByPolicy.set(policy, kinds);
  }
  return kinds;
}
