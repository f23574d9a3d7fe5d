/**
 * The background's answer to every protocol verb: the handler groups (labels, settings, review, send guard) composed
 * into one router. The database, settings, clock and core are injected, so it is tested in Node with fake-indexeddb.
 * Content scripts may use only the mailbox verbs; the extension's own pages (popup, review, options) may use all.
 * Errors come back as `{ ok: false, error }`, never as a silent success.
 */
import type { Reply, Request, ResponseOf, Verb } from '../messaging/protocol';
import { createSendGuardHandlers } from '../send-guard/background/send-guard-handlers';
import { SEND_GUARD_VERBS } from '../send-guard/guard-protocol';
import { createImportHandlers } from './import-handlers';
import { createLabelHandlers } from './label-handlers';
import { createReviewHandlers } from './review-handlers';
import type { Handlers, RequestSender, RouterDeps, TabLabels } from './router-types';
import type { Settings } from './settings';
import { createSettingsHandlers } from './settings-handlers';

export type { RequestSender, RouterDeps } from './router-types';
export { settingsView } from './settings-handlers';

const CONTENT_VERBS: ReadonlySet<Verb> = new Set([
  'classifyRows',
  'classifyMessage',
  'getLabels',
  'relabel',
  'recordDecision',
  'getSettings',
  ...SEND_GUARD_VERBS,
]);

/** Creates the router: `handle(request, sender)` resolves with the reply to send back. */
export function createRequestRouter(deps: RouterDeps) {
  const tabLabels: TabLabels = new Map();
  const handlers: Handlers<Verb> = {
    ...createSendGuardHandlers({ store: deps.store, now: deps.now }),
    ...createLabelHandlers(deps, tabLabels),
    ...createSettingsHandlers(deps),
    ...createReviewHandlers(deps),
    ...createImportHandlers(deps),
  };

  return {
    async handle(request: Request, sender: RequestSender): Promise<Reply<Verb>> {
      try {
        if (sender.fromContentScript && !CONTENT_VERBS.has(request.type)) {
          throw new Error(`"${request.type}" is not available to web pages' content scripts`);
        }
        const settings = await deps.settings();
        const handler = handlers[request.type] as (
          r: Request,
          s: Settings,
          x: RequestSender,
        ) => Promise<ResponseOf<Verb>>;
        return { ok: true, value: await handler(request, settings, sender) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    /** Forgets a closed tab's label (popup). */
    forgetTab(tabId: number) {
      tabLabels.delete(tabId);
    },
  };
}
