/** The pane environment of the running Office host: Outlook's mailbox, shared settings storage, the store. */
import { openStore } from '../../shared/store';
import type { MailguardStore } from '../../shared/store/types';
import { addinStorage, officeBackends } from '../common/addin-storage';
import { supportsMailbox } from '../common/office-async';
import { itemIdBook } from './item-ids';
import { fetchBesidePage, type PaneEnv } from './pane-env';

/** The pane's localStorage, when the browser lets the add-in have one. */
function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Builds the environment (call after Office.onReady); the store opens on first use, once. */
export function officePaneEnv(): PaneEnv {
  let store: Promise<MailguardStore> | undefined;
  return {
    mailbox: Office.context.mailbox,
    storage: addinStorage(officeBackends()),
    now: () => new Date(),
    fetchJson: fetchBesidePage,
    store: () => {
      store ??= openStore();
      return store;
    },
    supports: supportsMailbox,
    itemIds: itemIdBook(pageStorage()),
  };
}
