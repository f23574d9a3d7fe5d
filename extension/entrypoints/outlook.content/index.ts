/**
 * Content script for Outlook on the web. Parts: the shared engine (content/run-site: one observer, sliced work, chips
 * and the reading-pane label) driven by the Outlook adapter. Lifecycle: starts at document_idle, re-scans on
 * history-API navigation (WXT's wxt:locationchange), and tears everything down when WXT invalidates the context.
 */
import { browser } from 'wxt/browser';
import { runSite } from '../../content/run-site';
import { sendRequest } from '../../messaging/send-request';
import { startSendGuard } from '../../send-guard/start-send-guard';
import { OUTLOOK_MATCHES } from '../../sites/match-patterns';
import { outlookAdapter } from '../../sites/outlook/adapter';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    // The send guard first: Send is held from the moment the script runs (extension/send-guard).
    startSendGuard({ win: window, adapter: outlookAdapter, request: sendRequest, signal: ctx.signal });
    const site = await runSite(ctx, outlookAdapter, sendRequest);
    ctx.addEventListener(window, 'wxt:locationchange', () => site.rescan());
    const onSettings = () => site.refreshSettings();
    browser.storage.onChanged.addListener(onSettings);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
  },
});
