/**
 * OnMessageSend (Smart Alerts, SoftBlock): reads the draft, asks the core's `assessSharing` with the cached policy,
 * and completes exactly once — allowed, or not allowed with a clear message. A warning can be justified in the task
 * pane ("Justify", Mailbox 1.14); a block cannot. Any exception, or no answer from Outlook within 30 s, completes as
 * not allowed, with the reason.
 */
import { assessSharing } from '../../shared/core/sharing';
import type { SharingDecision } from '../../shared/core/types';
import { countKinds } from '../common/item-label';
import { justificationScope, matchingJustification, type SessionDataLike } from '../common/justification';
import { type PendingSharingEvent, queueSharingEvent } from '../common/pending-events';
import { cachedPolicy } from '../common/policy-cache';
import { alertMessage, guardErrorMessage, type WarnRemedy } from './alert-message';
import { completeOnce, type LaunchEventLike } from './complete-once';
import { findOriginal } from './find-original';
import type { HandlerEnv } from './handler-env';
import { readDraft } from './read-draft';

/** The manifest's compose task-pane control: the Smart Alerts "Justify" button opens it. */
export const JUSTIFY_COMMAND_ID = 'msgComposeOpenPaneButton';
/** How long the guard waits for Outlook's answers before giving up (not allowed). */
export const WATCHDOG_MS = 30_000;
/** Button text (Outlook allows 20 characters). */
export const JUSTIFY_LABEL = 'Justify';

/** Recipients a warning is about. */
export function flaggedAddresses(decision: SharingDecision): readonly string[] {
  return justificationScope(decision).flagged;
}

function sharingEvent(
  kind: PendingSharingEvent['kind'],
  decision: SharingDecision | undefined,
  env: HandlerEnv,
): PendingSharingEvent {
  return {
    at: env.now().toISOString(),
    actor: env.mailbox.userProfile?.emailAddress ?? 'unknown',
    kind,
    action: decision?.action ?? 'block',
    recipients: (decision?.recipients ?? []).map((r) => ({ domain: r.domain, status: r.status })),
    kinds: decision ? countKinds(decision) : {},
  };
}

/** Audit is best effort here (the verdict never depends on it); the task pane writes queued events to the store. */
async function audit(env: HandlerEnv, e: PendingSharingEvent): Promise<void> {
  await queueSharingEvent(env.storage, e).catch(() => undefined);
}

function remedyFor(env: HandlerEnv): WarnRemedy {
  if (!env.supports('1.14')) return 'open-pane-then-send-again';
  return env.supports('1.15') ? 'take-action-and-send' : 'take-action-then-send-again';
}

/**
 * Handles one OnMessageSend event. Resolves after `event.completed` has been called (exactly once). `makeEnv` is
 * called inside the guard, so a runtime without what we need still completes (not allowed, with the reason).
 */
export async function onMessageSend(event: LaunchEventLike, makeEnv: () => HandlerEnv): Promise<void> {
  const complete = completeOnce(event);
  // An Office call that never answers must not leave the send hanging until Outlook's own timeout (after which
  // SoftBlock would offer "send anyway"): give up first, not allowed, and say why.
  const watchdog =
    typeof setTimeout === 'function'
      ? setTimeout(() => {
          complete({
            allowEvent: false,
            errorMessage: guardErrorMessage(new Error(`Outlook did not answer within ${WATCHDOG_MS / 1000} seconds`)),
          });
        }, WATCHDOG_MS)
      : undefined;
  let decision: SharingDecision | undefined;
  let env: HandlerEnv | undefined;
  try {
    env = makeEnv();
    const [read, loaded] = await Promise.all([readDraft(env.mailbox), cachedPolicy(env.storage)]);
    const original = await findOriginal(read, env.storage, env.mailbox.userProfile?.emailAddress ?? '');
    const verdict = assessSharing(original ? { ...read.draft, original } : read.draft, {
      policy: loaded.policy,
      now: env.now(),
    });
    decision = verdict;
    if (verdict.action === 'allow') {
      complete({ allowEvent: true });
      return;
    }
    if (verdict.action === 'warn') {
      const session = (env.mailbox.item as unknown as { sessionData?: SessionDataLike }).sessionData;
      const justified = await matchingJustification(session, justificationScope(verdict));
      if (justified) {
        // The task pane recorded the override with its justification in the audit log when the user gave it.
        complete({ allowEvent: true });
        return;
      }
    }
    await audit(env, sharingEvent(verdict.action === 'block' ? 'block' : 'warning', verdict, env));
    const remedy = remedyFor(env);
    const message = alertMessage(verdict, read.draft, remedy);
    if (verdict.action === 'warn' && remedy !== 'open-pane-then-send-again') {
      complete({
        allowEvent: false,
        errorMessage: message,
        commandId: JUSTIFY_COMMAND_ID,
        cancelLabel: JUSTIFY_LABEL,
        contextData: JSON.stringify({ mailguard: 'justify', recipients: flaggedAddresses(verdict) }),
      });
    } else {
      complete({ allowEvent: false, errorMessage: message });
    }
  } catch (err) {
    try {
      if (env) await audit(env, sharingEvent('guard_error', decision, env));
    } catch {
      // auditing the failure must not stop the completion below
    }
    complete({ allowEvent: false, errorMessage: guardErrorMessage(err) });
  } finally {
    if (watchdog !== undefined) clearTimeout(watchdog);
    // A path that forgot to complete is a bug; it still must not become a silent allow (no-op when already completed).
    complete({ allowEvent: false, errorMessage: guardErrorMessage(new Error('the check ended without a verdict')) });
  }
}
