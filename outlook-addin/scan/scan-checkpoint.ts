/**
 * Where a scan resumes: the page to fetch next and the counts so far, kept through a small key-value interface so the
 * task pane can back it with `OfficeRuntime.storage` / roaming settings (engineer O's `AddinStorage` fits) or
 * `localStorage`. A checkpoint is written only after a page is fully labelled and written back, so a crash repeats at
 * most one page — and repeating it writes nothing twice (items already carrying their categories are skipped).
 */

/** Strings by key (structurally matches the add-in's `AddinStorage`). */
export interface KeyValueStore {
  read(key: string): Promise<string | undefined>;
  write(key: string, value: string): Promise<void>;
}

/** The counts a scan reports. */
export interface ScanCounts {
  readonly scanned: number;
  readonly labelled: number;
  readonly categoriesWritten: number;
  readonly alreadyLabelled: number;
  readonly failed: number;
}

/** A saved position. `next` is the URL of the next page (an `@odata.nextLink`), or null when the scan finished. */
export interface ScanCheckpoint {
  readonly version: 1;
  readonly mailbox: string;
  readonly next: string | null;
  readonly counts: ScanCounts;
  readonly total?: number;
  readonly startedAt: string;
  readonly updatedAt: string;
}

/** Loads and saves checkpoints, one per mailbox. */
export interface CheckpointStore {
  load(mailbox: string): Promise<ScanCheckpoint | undefined>;
  save(checkpoint: ScanCheckpoint): Promise<void>;
  clear(mailbox: string): Promise<void>;
}

const key = (mailbox: string) => `mailguard.scan.checkpoint.${mailbox.toLowerCase()}`;

/** A checkpoint store over any `KeyValueStore`; unreadable saved values are ignored (the scan starts over). */
export function checkpointStore(kv: KeyValueStore): CheckpointStore {
  return {
    async load(mailbox) {
      const raw = await kv.read(key(mailbox));
      if (!raw) return undefined;
      try {
        const parsed = JSON.parse(raw) as Partial<ScanCheckpoint>;
        return parsed.version === 1 && parsed.mailbox === mailbox && parsed.counts
          ? (parsed as ScanCheckpoint)
          : undefined;
      } catch {
        return undefined;
      }
    },
    save: (checkpoint) => kv.write(key(checkpoint.mailbox), JSON.stringify(checkpoint)),
    clear: (mailbox) => kv.write(key(mailbox), ''),
  };
}

/** A `KeyValueStore` over Web Storage (`localStorage` in the task pane). */
export function webStorageKeyValue(storage: Pick<Storage, 'getItem' | 'setItem'>): KeyValueStore {
  return {
    read: async (k) => storage.getItem(k) ?? undefined,
    write: async (k, v) => storage.setItem(k, v),
  };
}
