/**
 * The paste/drop/upload guard for sites outside the allow-list. Not in the manifest: the background registers it
 * (browser.scripting.registerContentScripts) for the origins the person granted as an optional host permission from
 * the options page, excluding the webmails (guarded at Send). Parts: extension/send-guard/paste-guard.ts. Lifecycle:
 * runs at document_start in every frame; everything is removed when WXT invalidates the context.
 */
import { sendRequest } from '../../messaging/send-request';
import { startPasteGuard } from '../../send-guard/paste-guard';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startPasteGuard({ win: window, request: sendRequest, signal: ctx.signal });
  },
});
