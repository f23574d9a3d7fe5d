/**
 * The event-handler bundle's entry (built to .output/outlook-addin/launchevent.js as one classic ES2017 script).
 * Only wiring: each launch event named in manifest.xml goes to its handler with the Office environment.
 * Runs in classic Outlook's JavaScript-only runtime too: no DOM, no IndexedDB, no Office.onReady.
 */
import type { LaunchEventLike } from './complete-once';
import { officeHandlerEnv } from './handler-env';
import { onDraftChanged } from './on-draft-notice';
import { onMessageSend } from './on-message-send';

function onMessageSendHandler(event: LaunchEventLike): void {
  void onMessageSend(event, officeHandlerEnv);
}

function onMessageRecipientsChangedHandler(event: LaunchEventLike): void {
  void onDraftChanged(event, officeHandlerEnv);
}

function onNewMessageComposeHandler(event: LaunchEventLike): void {
  void onDraftChanged(event, officeHandlerEnv);
}

Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
Office.actions.associate('onMessageRecipientsChangedHandler', onMessageRecipientsChangedHandler);
Office.actions.associate('onNewMessageComposeHandler', onNewMessageComposeHandler);
