/** The conversation label cache: newest first, bounded; roaming settings get the newest entries that fit 4 KB. */
import { addinStorage } from '../../../outlook-addin/common/addin-storage';
import {
  cachedConversationLabel,
  LABEL_CACHE_KEY,
  rememberConversationLabel,
} from '../../../outlook-addin/common/label-cache';
import { cardDataLabel } from '../fixtures';

describe('conversation label cache', () => {
  it('keeps 40 conversations in OfficeRuntime.storage and the newest that fit in roaming settings', async () => {
    const rt = new Map<string, string>();
    const roamingData: Record<string, unknown> = {};
    const s = addinStorage({
      runtime: { getItem: async (k) => rt.get(k) ?? null, setItem: async (k, v) => void rt.set(k, v) },
      roaming: {
        get: (k) => roamingData[k],
        set: (k, v) => {
          roamingData[k] = v;
        },
        saveAsync: (cb) => cb?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>),
      },
    });
    for (let i = 0; i < 45; i++) await rememberConversationLabel(s, `conv-${i}`, cardDataLabel());
    const all = JSON.parse(rt.get(LABEL_CACHE_KEY) ?? '{}') as Record<string, unknown>;
    expect(Object.keys(all)).toHaveLength(40);
    expect(Object.keys(all)[0]).toBe('conv-44');
    const roamed = String(roamingData[LABEL_CACHE_KEY]);
    expect(roamed.length).toBeLessThanOrEqual(4_000);
    expect(Object.keys(JSON.parse(roamed))[0]).toBe('conv-44');
    expect((await cachedConversationLabel(s, 'conv-10'))?.category).toBe('card_data');
    expect(await cachedConversationLabel(s, 'conv-2')).toBeUndefined();
  });
});
