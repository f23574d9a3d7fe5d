/**
 * The Outlook item id (EWS) to open a stored message with: remembered on this device when a pane labelled it, else
 * recovered from the key itself (`ews:<id>`, or `graph:<REST id>` converted by Outlook), else unknown.
 */
import type { PaneEnv } from '../taskpane/pane-env';

/** The id for `displayMessageForm`, or undefined when this device cannot tell. */
export function outlookItemId(env: Pick<PaneEnv, 'itemIds' | 'mailbox'>, key: string): string | undefined {
  const known = env.itemIds.lookup(key);
  if (known) return known;
  if (key.startsWith('ews:')) return key.slice(4);
  if (key.startsWith('graph:')) {
    try {
      return env.mailbox.convertToEwsId(key.slice(6), Office.MailboxEnums.RestVersion.v2_0);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
