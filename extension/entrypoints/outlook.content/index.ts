/**
 * Content script for Outlook on the web. Parts: the send guard (every instance), then, in the top-level mailbox page
 * only, the shared engine (content/run-site: one observer, sliced work, chips and the reading-pane label) driven by the
 * Outlook adapter. Frames: it also runs in Outlook's pop-out compose windows (blank, same-origin documents the page
 * writes into) and in the page's own same-origin frames; there only the send guard runs (sites/frame-role.ts).
 * Lifecycle: starts at document_idle, re-scans on history-API navigation (WXT's wxt:locationchange), and tears
 * everything down when WXT invalidates the context.
 */
import { browser } from 'wxt/browser';
import { runSite } from '../../content/run-site';
import { sendRequest } from '../../messaging/send-request';
import { startSendGuard } from '../../send-guard/start-send-guard';
import { frameRole } from '../../sites/frame-role';
import { OUTLOOK_MATCHES } from '../../sites/match-patterns';
import { outlookAdapter } from '../../sites/outlook/adapter';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  // Pop-out compose windows are about:blank documents Outlook writes into: matched by the origin that opened them
  // (match_about_blank; match_origin_as_fallback in MV3). Other origins' frames (ads, sign-in) never match.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  async main(ctx) {
    // The send guard first: Send is held from the moment the script runs (extension/send-guard).
    startSendGuard({ win: window, adapter: outlookAdapter, request: sendRequest, signal: ctx.signal });
    if (frameRole(window) !== 'mailbox') return;
    const site = await runSite(ctx, outlookAdapter, sendRequest);
    ctx.addEventListener(window, 'wxt:locationchange', () => site.rescan());
    const onSettings = () => site.refreshSettings();
    browser.storage.onChanged.addListener(onSettings);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
  },
});
