/**
 * Content script for Gmail. Parts: the shared engine (content/run-site) driven by the Gmail adapter. Lifecycle: starts
 * at document_idle, re-scans on hash-route navigation (wxt:locationchange, hashchange), and tears everything down
 * when WXT invalidates the context.
 */
import { browser } from 'wxt/browser';
import { runSite } from '../../content/run-site';
import { sendRequest } from '../../messaging/send-request';
import { startSendGuard } from '../../send-guard/start-send-guard';
import { gmailAdapter } from '../../sites/gmail/adapter';
import { GMAIL_MATCHES } from '../../sites/match-patterns';

export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    // The send guard first: Send is held from the moment the script runs (extension/send-guard).
    startSendGuard({ win: window, adapter: gmailAdapter, request: sendRequest, signal: ctx.signal });
    const site = await runSite(ctx, gmailAdapter, sendRequest);
    ctx.addEventListener(window, 'wxt:locationchange', () => site.rescan());
    const onSettings = () => site.refreshSettings();
    browser.storage.onChanged.addListener(onSettings);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
  },
});
