/** The daily sweep: one alarm, created once, every 24 h; only our alarm runs the sweep. */
import { describe, expect, it } from 'vitest';
import { ensureSweepAlarm, onSweepAlarm, SWEEP_ALARM } from '../../../extension/background/sweep-alarm';

function fakeAlarms() {
  const alarms = new Map<string, { delayInMinutes?: number; periodInMinutes?: number }>();
  return {
    alarms,
    api: {
      get: async (name: string) => (alarms.has(name) ? { name } : undefined),
      create: (name: string, info: { delayInMinutes?: number; periodInMinutes?: number }) => {
        alarms.set(name, info);
      },
    },
  };
}

describe('sweep scheduling', () => {
  it('creates the daily alarm once, first run a minute after start-up', async () => {
    const f = fakeAlarms();
    expect(await ensureSweepAlarm(f.api)).toBe(true);
    expect(await ensureSweepAlarm(f.api)).toBe(false);
    expect(f.alarms.get(SWEEP_ALARM)).toEqual({ delayInMinutes: 1, periodInMinutes: 1440 });
    expect(f.alarms.size).toBe(1);
  });

  it('runs the sweep for its own alarm only', async () => {
    let runs = 0;
    const sweep = async () => {
      runs++;
    };
    expect(await onSweepAlarm({ name: 'someone-else' }, sweep)).toBe(false);
    expect(await onSweepAlarm({ name: SWEEP_ALARM }, sweep)).toBe(true);
    expect(runs).toBe(1);
  });

  it('lets a failed sweep surface (the caller logs it; the alarm fires again tomorrow)', async () => {
    await expect(onSweepAlarm({ name: SWEEP_ALARM }, async () => Promise.reject(new Error('quota')))).rejects.toThrow(
      'quota',
    );
  });
});
