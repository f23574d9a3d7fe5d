/**
 * `classifyEmail`: what a received mail is about (its policy category), its lawful basis and retention, the
 * personal data in it, and the reasons, in words. Categories say what a mail is about, not who sent it.
 */
import { ensurePolicy } from '../policy/ensure-policy';
import type { Policy, PolicyCategory } from '../policy/schema';
import { computeRetention } from '../retention/compute-retention';
import type { Classification, EmailInput, Finding } from '../types';
import { chooseCategory } from './choose-category';
import { compileRules } from './compile-rules';
import { evidenceReasons, personalDataReason, retentionReason } from './explain-classification';
import { detectInMessage } from './message-text';
import { scoreCategories } from './score-categories';
import { attachmentsOf, resolveNow, validateEmailInput } from './validate-email-input';

/** What `classifyEmail` runs under. */
export interface ClassifyContext {
  /** The policy (default: `defaultPolicy`). */
  readonly policy?: Policy;
  /** The clock for the retention status (default: the current time). */
  readonly now?: Date;
  /** The message is on legal hold (its status is `legal_hold`). */
  readonly legalHold?: boolean;
}

/**
 * Classifies a received mail. `personalData` offsets index {@link messageText}`(subject, body)`.
 * @throws TypeError when `email` does not have the EmailInput shape or `receivedAt` is not an ISO 8601 date-time.
 */
export function classifyEmail(email: EmailInput, context: ClassifyContext = {}): Classification {
  const receivedAt = validateEmailInput(email, 'classifyEmail');
  const policy = ensurePolicy(context.policy, 'classifyEmail');
  const now = resolveNow(context.now, 'classifyEmail');
  return classifyWithFindings(email, detectInMessage(email), {
    policy,
    now,
    receivedAt,
    legalHold: context.legalHold === true,
  });
}

/** What `categoryWithFindings` runs under. */
interface CategoryContext {
  readonly policy: Policy;
  /** Look for rule phrases only in the body's first this many characters (the send guard's topic check). */
  readonly phraseScanLimit?: number;
}

/** What `classifyWithFindings` runs under. */
interface FindingsContext extends CategoryContext {
  readonly now: Date;
  readonly receivedAt: Date;
  readonly legalHold: boolean;
}

/**
 * Internal step shared with the send guard: the category alone (no retention, no reasons), with findings already
 * detected over `messageText(email.subject, email.body)`.
 */
export function categoryWithFindings(
  email: Omit<EmailInput, 'receivedAt'>,
  findings: readonly Finding[],
  context: CategoryContext,
): PolicyCategory {
  return decide(email, findings, context).category;
}

function decide(email: Omit<EmailInput, 'receivedAt'>, findings: readonly Finding[], context: CategoryContext) {
  const { policy, phraseScanLimit } = context;
  const scores = scoreCategories(compileRules(policy), {
    subject: email.subject,
    body: phraseScanLimit === undefined ? email.body : email.body.slice(0, phraseScanLimit),
    attachments: attachmentsOf(email),
    findings,
    participants: [email.from, ...email.to, ...(email.cc ?? [])],
  });
  const choice = chooseCategory(policy, scores, email.from);
  const category =
    policy.categories[choice.winner?.index ?? -1] ?? policy.categories.find((c) => c.id === policy.defaultCategory);
  if (!category) throw new TypeError('classifyEmail: the policy has no default category');
  return { ...choice, category };
}

/**
 * Classify with findings already detected over `messageText(email.subject, email.body)`.
 */
export function classifyWithFindings(
  email: Omit<EmailInput, 'receivedAt'>,
  findings: readonly Finding[],
  context: FindingsContext,
): Classification {
  const { policy, now, receivedAt } = context;
  const { winner, runnerUp, priority, category } = decide(email, findings, context);
  const retention = computeRetention(receivedAt, category, { now, policy, legalHold: context.legalHold });
  return {
    category: category.id,
    lawfulBasis: category.lawfulBasis,
    retention,
    personalData: findings,
    reasons: [
      ...evidenceReasons(policy, winner, runnerUp, email, findings),
      ...(priority ? [priority] : []),
      ...personalDataReason(findings),
      retentionReason(category, retention),
    ],
  };
}
