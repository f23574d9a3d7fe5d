/**
 * Small key-value storage both the task pane and the event handlers can reach: `OfficeRuntime.storage` where the
 * client offers it (shared by the pane and the JavaScript-only runtime), and the mailbox's roaming settings (follow the
 * user to every device, 32 KB in all). Values larger than `roamingLimit` stay out of roaming settings.
 */
import { officeAsync } from './office-async';

/** `OfficeRuntime.storage` as far as we use it. */
export interface RuntimeStorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

/** Roaming settings as far as we use them (`Office.RoamingSettings`). */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** The two stores, either may be missing. */
export interface StorageBackends {
  readonly runtime?: RuntimeStorageLike | undefined;
  readonly roaming?: RoamingSettingsLike | undefined;
}

/** Read/write strings by key. */
export interface AddinStorage {
  read(key: string): Promise<string | undefined>;
  write(key: string, value: string, opts?: { roamingLimit?: number }): Promise<void>;
}

/** The backends the current Office runtime offers (globals read once, guarded: either may be absent). */
export function officeBackends(): StorageBackends {
  const g = globalThis as { OfficeRuntime?: { storage?: RuntimeStorageLike }; Office?: typeof Office };
  let roaming: RoamingSettingsLike | undefined;
  try {
    roaming = g.Office?.context?.roamingSettings;
  } catch {
    roaming = undefined;
  }
  return { runtime: g.OfficeRuntime?.storage, roaming };
}

/** Storage over the given backends: reads prefer the runtime store, writes go to both (roaming if small enough). */
export function addinStorage(backends: StorageBackends): AddinStorage {
  return {
    async read(key) {
      if (backends.runtime) {
        try {
          const v = await backends.runtime.getItem(key);
          if (typeof v === 'string') return v;
        } catch {
          // fall through to roaming settings
        }
      }
      const r = backends.roaming?.get(key);
      return typeof r === 'string' ? r : undefined;
    },
    async write(key, value, opts) {
      const limit = opts?.roamingLimit ?? 8000;
      let wrote = false;
      if (backends.runtime) {
        await backends.runtime.setItem(key, value);
        wrote = true;
      }
      const roaming = backends.roaming;
      if (roaming && value.length <= limit) {
        roaming.set(key, value);
        await officeAsync<void>('roamingSettings.saveAsync', (cb) => roaming.saveAsync(cb));
        wrote = true;
      }
      if (!wrote)
        throw new Error(
          `Nowhere to keep "${key}": this Outlook offers neither OfficeRuntime.storage nor room in roaming settings.`,
        );
    },
  };
}
