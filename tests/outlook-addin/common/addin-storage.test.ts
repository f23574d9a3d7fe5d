/** Shared settings storage: OfficeRuntime.storage first, roaming settings within their budget, a clear error otherwise. */
import { addinStorage, type RoamingSettingsLike } from '../../../outlook-addin/common/addin-storage';

function roaming(): RoamingSettingsLike & { data: Record<string, unknown>; saves: number } {
  const data: Record<string, unknown> = {};
  const r = {
    data,
    saves: 0,
    get: (k: string) => data[k],
    set: (k: string, v: unknown) => {
      data[k] = v;
    },
    saveAsync: (cb?: (x: Office.AsyncResult<void>) => void) => {
      r.saves++;
      setTimeout(() => cb?.({ status: 'succeeded', value: undefined } as unknown as Office.AsyncResult<void>), 0);
    },
  };
  return r;
}

describe('addinStorage', () => {
  it('writes both stores and reads the runtime store first', async () => {
    const rt = new Map<string, string>();
    const runtime = {
      getItem: async (k: string) => rt.get(k) ?? null,
      setItem: async (k: string, v: string) => void rt.set(k, v),
    };
    const r = roaming();
    const s = addinStorage({ runtime, roaming: r });
    await s.write('k', 'v1');
    expect(rt.get('k')).toBe('v1');
    expect(r.data.k).toBe('v1');
    expect(r.saves).toBe(1);
    r.data.k = 'stale';
    expect(await s.read('k')).toBe('v1');
  });

  it('keeps large values out of roaming settings (32 KB for everything)', async () => {
    const rt = new Map<string, string>();
    const r = roaming();
    const s = addinStorage({
      runtime: { getItem: async (k) => rt.get(k) ?? null, setItem: async (k, v) => void rt.set(k, v) },
      roaming: r,
    });
    await s.write('big', 'x'.repeat(30_000), { roamingLimit: 24_000 });
    expect(rt.get('big')).toHaveLength(30_000);
    expect(r.data.big).toBeUndefined();
  });

  it('falls back to roaming settings and fails clearly when nothing can hold the value', async () => {
    const r = roaming();
    const s = addinStorage({ roaming: r });
    await s.write('k', 'v');
    expect(await s.read('k')).toBe('v');
    await expect(s.write('big', 'x'.repeat(9_000))).rejects.toThrow(/Nowhere to keep "big"/);
    await expect(addinStorage({}).write('k', 'v')).rejects.toThrow(/neither OfficeRuntime.storage/);
  });
});
