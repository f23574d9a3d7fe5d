/**
 * Labels of recently read messages, by conversation id, kept by the task pane for the send guard. Outlook on the web
 * gives a reply's or forward's handler only the new text, so the guard needs the original's label from here.
 * Holds ids, labels and address hashes only; the newest `MAX_ENTRIES` conversations.
 */
import type { AddinStorage } from './addin-storage';
import { type ItemLabel, parseItemLabel } from './item-label';

/** Storage key. */
export const LABEL_CACHE_KEY = 'mailguard.labels';
const MAX_ENTRIES = 40;
const ROAMING_LIMIT = 4_000;

type CacheMap = Record<string, ItemLabel>;

/** `Object.fromEntries` (ES2019) without it: common/ also runs in the ES2017 JavaScript-only runtime. */
function toMap(entries: readonly (readonly [string, ItemLabel])[]): CacheMap {
  const map: CacheMap = {};
  for (const [k, v] of entries) map[k] = v;
  return map;
}

async function readMap(storage: AddinStorage): Promise<CacheMap> {
  const text = await storage.read(LABEL_CACHE_KEY).catch(() => undefined);
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as unknown;
    return raw && typeof raw === 'object' ? (raw as CacheMap) : {};
  } catch {
    return {};
  }
}

/** The cached label of a conversation, if any. */
export async function cachedConversationLabel(
  storage: AddinStorage,
  conversationId: string,
): Promise<ItemLabel | undefined> {
  const map = await readMap(storage);
  return parseItemLabel(map[conversationId]);
}

/** Remembers a conversation's label (newest first, oldest dropped); roaming settings get the newest that fit 4 KB. */
export async function rememberConversationLabel(
  storage: AddinStorage,
  conversationId: string,
  label: ItemLabel,
): Promise<void> {
  const map = await readMap(storage);
  delete map[conversationId];
  const lean: ItemLabel = { ...label, reasons: label.reasons.slice(0, 1).map((r) => r.slice(0, 120)) };
  const entries = [[conversationId, lean] as const, ...Object.entries(map)].slice(0, MAX_ENTRIES);
  let roamingCount = entries.length;
  let roamingValue = JSON.stringify(toMap(entries));
  while (roamingValue.length > ROAMING_LIMIT && roamingCount > 1) {
    roamingCount--;
    roamingValue = JSON.stringify(toMap(entries.slice(0, roamingCount)));
  }
  await storage.write(LABEL_CACHE_KEY, JSON.stringify(toMap(entries)), {
    roamingLimit: ROAMING_LIMIT,
    roamingValue,
  });
}
