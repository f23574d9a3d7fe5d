/**
 * OnNewMessageCompose and OnMessageRecipientsChanged: an informational notice on the draft when sending it as it stands
 * would be warned about or stopped, and its removal when no longer so. Never blocks anything; completes exactly once,
 * also when reading the draft fails (then the notice is left as it was: the send guard still runs at send time).
 */
import { assessSharing } from '../../shared/core/sharing';
import { officeAsync } from '../common/office-async';
import { cachedPolicy } from '../common/policy-cache';
import { completeOnce, type LaunchEventLike } from './complete-once';
import { findOriginal } from './find-original';
import type { HandlerEnv } from './handler-env';
import { readDraft } from './read-draft';

/** Notification key on the draft. */
export const NOTICE_KEY = 'mailguardNotice';
/** Outlook's limit for a notification message. */
const MAX_NOTICE = 150;

/** The notice text for a verdict, or undefined when none is needed. */
export function noticeText(action: 'allow' | 'warn' | 'block', domains: readonly string[]): string | undefined {
  if (action === 'allow') return undefined;
  const where = domains.length ? ` to ${domains.slice(0, 2).join(', ')}${domains.length > 2 ? '…' : ''}` : '';
  const text =
    action === 'block'
      ? `Mailguard: sending this${where} would be stopped (personal data for a recipient that is not allowed).`
      : `Mailguard: sending this${where} will need a business reason (personal data for a non-vetted recipient).`;
  return text.length <= MAX_NOTICE ? text : `${text.slice(0, MAX_NOTICE - 1)}…`;
}

/** Handles OnNewMessageCompose / OnMessageRecipientsChanged. */
export async function onDraftChanged(event: LaunchEventLike, makeEnv: () => HandlerEnv): Promise<void> {
  const complete = completeOnce(event);
  try {
    const env = makeEnv();
    const item = env.mailbox.item as unknown as Office.MessageCompose;
    const [read, loaded] = await Promise.all([readDraft(env.mailbox), cachedPolicy(env.storage)]);
    const original = await findOriginal(read, env.storage, env.mailbox.userProfile?.emailAddress ?? '');
    const decision = assessSharing(original ? { ...read.draft, original } : read.draft, {
      policy: loaded.policy,
      now: env.now(),
    });
    const flagged = decision.recipients.filter(
      (r) => r.status === 'unvetted' || r.status === 'lookalike' || r.status === 'invalid',
    );
    const text = noticeText(decision.action, [...new Set(flagged.map((r) => r.domain))]);
    const notices = item.notificationMessages;
    if (text) {
      const details = {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: text,
        icon: 'Icon.16',
        persistent: false,
      } as Office.NotificationMessageDetails;
      await officeAsync<void>('notificationMessages.replaceAsync', (cb) =>
        notices.replaceAsync(NOTICE_KEY, details, cb),
      );
    } else {
      await officeAsync<void>('notificationMessages.removeAsync', (cb) => notices.removeAsync(NOTICE_KEY, cb)).catch(
        () => undefined,
      );
    }
  } catch {
    // informational only: the send guard decides at send time
  } finally {
    complete();
  }
}
