/**
 * The daily sweep: an alarm recomputes every stored label's retention status (store.sweep) and refreshes the badge.
 * The alarm is (re)created on install and start-up if missing; Chrome keeps it across service-worker restarts.
 */

/** The alarm's name. */
export const SWEEP_ALARM = 'mailguard-daily-sweep';

/** Minutes between sweeps. */
export const SWEEP_PERIOD_MINUTES = 24 * 60;

/** The part of `browser.alarms` the sweep uses. */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): void | Promise<void>;
}

/** Creates the daily alarm unless it exists; the first sweep runs a minute after start-up. */
export async function ensureSweepAlarm(alarms: AlarmsApi): Promise<boolean> {
  if (await alarms.get(SWEEP_ALARM)) return false;
  await alarms.create(SWEEP_ALARM, { delayInMinutes: 1, periodInMinutes: SWEEP_PERIOD_MINUTES });
  return true;
}

/** Runs the sweep when `alarm` is ours; returns whether it ran. */
export async function onSweepAlarm(alarm: { name: string }, sweep: () => Promise<unknown>): Promise<boolean> {
  if (alarm.name !== SWEEP_ALARM) return false;
  await sweep();
  return true;
}
