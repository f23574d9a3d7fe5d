/**
 * Wires the background service worker: the one message listener (the protocol router), the daily sweep alarm, the
 * badge, and settings changes. Listeners are registered synchronously (MV3 service workers wake on them).
 */
import { browser } from 'wxt/browser';
// The core's modules directly (the same exports as shared/index.ts, without the mailbox importer's parsers).
import { classifyEmail } from '../../shared/core/classify';
import { describeKind } from '../../shared/core/detect';
import { defaultPolicy, parsePolicy } from '../../shared/core/policy';
import { openStore } from '../../shared/store/index';
import type { MailguardStore } from '../../shared/store/types';
import { isEnvelope, seal, unseal } from '../messaging/envelope';
import { isRequest } from '../messaging/protocol';
import { updateBadge } from './badge';
import { createRequestRouter } from './handle-request';
import { LOCAL_KEYS, loadSettings, type PolicyParser, type Settings } from './settings';
import { ensureSweepAlarm, onSweepAlarm } from './sweep-alarm';
import { syncPolicy } from './sync-policy';

/** Starts the background: call once from the entrypoint's main(). */
export function startBackground(): void {
  const parse = parsePolicy as PolicyParser;
  const settings = (): Promise<Settings> =>
    loadSettings({ local: browser.storage.local, managed: browser.storage.managed }, parse, defaultPolicy);
  let storePromise: Promise<MailguardStore> | undefined;
  let syncedVersion: string | undefined;
  const store = async (): Promise<MailguardStore> => {
    if (!storePromise) {
      const opening = openStore();
      opening.catch(() => {
        storePromise = undefined;
      });
      storePromise = opening;
    }
    const db = await storePromise;
    const s = await settings();
    if (syncedVersion !== s.policy.version) {
      await syncPolicy(db, s);
      syncedVersion = s.policy.version;
    }
    return db;
  };

  const refreshBadge = () => {
    settings()
      .then(async (s) =>
        updateBadge(browser.action ?? browser.browserAction, s.role, async () => {
          const q = await (await store()).reviewQueue({ now: new Date(), pageSize: 1 });
          return q.counts.byStatus;
        }),
      )
      .catch((e: unknown) => console.warn('Mailguard badge:', e));
  };

  const router = createRequestRouter({
    store,
    settings,
    saveLocal: async (patch) => {
      const out: Record<string, unknown> = {};
      if (patch.role !== undefined) out[LOCAL_KEYS.role] = patch.role;
      if (patch.actor !== undefined) out[LOCAL_KEYS.actor] = patch.actor;
      if (patch.policy !== undefined) out[LOCAL_KEYS.policy] = patch.policy;
      await browser.storage.local.set(out);
    },
    classify: (email, context) => classifyEmail(email, context),
    parsePolicy: parse,
    describeKind,
    now: () => new Date(),
    changed: refreshBadge,
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    let message: unknown;
    try {
      message = unseal(raw);
    } catch {
      return undefined;
    }
    if (!isRequest(message)) return undefined;
    const ours = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    const reply = router.handle(message, {
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      fromContentScript: !ours,
    });
    return isEnvelope(raw) ? reply.then(seal) : reply;
  });
  browser.tabs.onRemoved.addListener((tabId) => router.forgetTab(tabId));

  browser.alarms.onAlarm.addListener((alarm) => {
    onSweepAlarm(alarm, async () => (await store()).sweep(new Date()))
      .then((ran) => ran && refreshBadge())
      .catch((e: unknown) => console.warn('Mailguard sweep:', e));
  });
  const boot = () => {
    ensureSweepAlarm(browser.alarms).catch((e: unknown) => console.warn('Mailguard alarm:', e));
    refreshBadge();
  };
  browser.runtime.onInstalled.addListener(boot);
  browser.runtime.onStartup.addListener(boot);
  browser.storage.onChanged.addListener(() => refreshBadge());
  boot();
}
