/**
 * Content script for Gmail. Parts: the shared engine (content/run-site) driven by the Gmail adapter. Lifecycle: starts
 * at document_idle, re-scans on hash-route navigation (wxt:locationchange, hashchange), and tears everything down
 * when WXT invalidates the context.
 */
import { runSite } from '../../content/run-site';
import { sendRequest } from '../../messaging/send-request';
import { gmailAdapter } from '../../sites/gmail/adapter';
import { GMAIL_MATCHES } from '../../sites/match-patterns';

export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const site = await runSite(ctx, gmailAdapter, sendRequest);
    ctx.addEventListener(window, 'wxt:locationchange', () => site.rescan());
  },
});
