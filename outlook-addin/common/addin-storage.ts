/**
 * Small key-value storage both the task pane and the event handlers can reach: `OfficeRuntime.storage` where the
 * client offers it (shared by the pane and the JavaScript-only runtime), and the mailbox's roaming settings (follow the
 * user to every device, 32 KB in all, shared by our keys: policy 22 KB, label cache 4 KB, pending events 4 KB, roles
 * 1.5 KB). Values larger than their `roamingLimit` stay out of roaming settings.
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
  /**
   * Writes `value`; roaming settings get `opts.roamingValue` instead when given (a trimmed copy), and only when it fits
   * `opts.roamingLimit` characters (default 4,000: every key shares roaming settings' 32 KB).
   */
  write(key: string, value: string, opts?: { roamingLimit?: number; roamingValue?: string }): Promise<void>;
}

/** `OfficeRuntime`, where the runtime defines it (no @types package: declared here as far as we use it). */
declare const OfficeRuntime: { storage?: RuntimeStorageLike } | undefined;

/**
 * The backends the current Office runtime offers (read when called; either may be absent). Uses `typeof` guards, not
 * `globalThis` (ES2020), so it runs in the ES2017 JavaScript-only runtime.
 */
export function officeBackends(): StorageBackends {
  let roaming: RoamingSettingsLike | undefined;
  try {
    roaming = typeof Office === 'undefined' ? undefined : Office.context?.roamingSettings;
  } catch {
    roaming = undefined;
  }
  const runtime = typeof OfficeRuntime === 'undefined' ? undefined : OfficeRuntime?.storage;
  return { runtime, roaming };
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
      const limit = opts?.roamingLimit ?? 4_000;
      const roamingValue = opts?.roamingValue ?? value;
      let wrote = false;
      if (backends.runtime) {
        await backends.runtime.setItem(key, value);
        wrote = true;
      }
      const roaming = backends.roaming;
      if (roaming && roamingValue.length <= limit) {
        roaming.set(key, roamingValue);
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
