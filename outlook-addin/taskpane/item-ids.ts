/**
 * Which Outlook item id (EWS) belongs to a store key, remembered on this device when a pane labels a message, so the
 * review pane can open it (`displayMessageForm` needs the item id; the store keeps only the Message-ID key). Ids only;
 * the newest `MAX_IDS` are kept in the pane's localStorage (browser runtime only).
 */

/** Storage key. */
export const ITEM_IDS_KEY = 'mailguard.itemIds';
const MAX_IDS = 5_000;

/** Key → item id book. */
export interface ItemIdBook {
  remember(key: string, itemId: string): void;
  lookup(key: string): string | undefined;
}

/** `Storage` as far as we use it. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function read(store: StorageLike | undefined): Record<string, string> {
  try {
    const raw = JSON.parse(store?.getItem(ITEM_IDS_KEY) ?? '{}') as unknown;
    return raw && typeof raw === 'object' ? (raw as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The book over `store` (the pane's localStorage), keeping the newest `max`; without a store it remembers nothing
 * and finds nothing.
 */
export function itemIdBook(store: StorageLike | undefined, max = MAX_IDS): ItemIdBook {
  return {
    remember(key, itemId) {
      if (!store || !itemId) return;
      const map = read(store);
      delete map[key];
      map[key] = itemId;
      const keys = Object.keys(map);
      for (const k of keys.slice(0, Math.max(0, keys.length - max))) delete map[k];
      try {
        store.setItem(ITEM_IDS_KEY, JSON.stringify(map));
      } catch {
        // full or blocked: the review pane then cannot open this one from here
      }
    },
    lookup(key) {
      return read(store)[key];
    },
  };
}
