/**
 * Writes a change together with its audit entries in ONE IndexedDB transaction (both or neither).
 *
 * Why it is built this way: an entry's hash needs WebCrypto's `digest`, which is not IndexedDB work. Awaiting it inside
 * a Dexie transaction lets IndexedDB see an idle transaction and commit it early (Dexie then fails the rest with
 * TransactionInactiveError), so the change and its entry could end up in different transactions. So:
 *   1. outside any transaction, `plan()` reads what it needs (the label, the policy) and validates the input;
 *   2. still outside, we read the audit head and seal the entries onto it (the digests);
 *   3. in one rw transaction, doing only IndexedDB work, we re-read the head: if another connection (a second tab,
 *      the background page) appended meanwhile, or `apply` finds its inputs changed (throws `StaleRead`), the
 *      transaction is abandoned having written nothing and we start again from 1 (a few times, then `conflict`);
 *      otherwise `apply` writes the change and we add the entries and move the head.
 * Within one store instance all audited writes also go through one promise queue, so they never race each other.
 * Across connections of one origin (tabs, the extension's pages) the Web Locks API, where present, makes the whole
 * read-seal-write exclusive, so retries are rare; without it (Node, older web views) a moved head is retried with
 * jittered back-off, and each retry means another writer succeeded, so the log always progresses.
 * The head lives in `meta` (not just "the last row"), so deleting the last entries is visible to `verifyAuditLog` and
 * the next entry does not quietly chain onto the truncated log.
 * Why not `Dexie.waitFor(digest)` inside the transaction: it keeps the transaction alive by spinning dummy requests,
 * which Dexie itself advises against for anything but short waits, and it would hold the write lock during hashing.
 */
import { type AuditDraft, type AuditHead, EMPTY_HEAD, sealEntries } from './audit-chain';
import type { MailguardDb } from './db';
import { canonicalJson } from './hashing';
import { StoreError, toStoreError } from './store-error';
import type { AuditEntry } from './types';

/** True when every row read in the transaction equals what the plan read (compared canonically, so key order is moot). */
export function unchanged(planned: readonly unknown[], current: readonly unknown[]): boolean {
  return planned.length === current.length && planned.every((p, i) => canonicalJson(p) === canonicalJson(current[i]));
}

/** Thrown by `apply` when what `plan` read has changed: the write is retried from the plan. */
export class StaleRead extends Error {
  override readonly name = 'StaleRead';
}

/** What a planned write will do. */
export interface AuditedPlan<T> {
  /** Entries to append, in order. */
  readonly drafts: readonly AuditDraft[];
  /**
   * Runs inside the transaction after the head check. Only Dexie calls may be awaited here. May throw `StaleRead`
   * (retry) or a `StoreError` (give up, nothing written). Gets the sealed entries (for their seq numbers).
   */
  readonly apply: (sealed: readonly AuditEntry[]) => Promise<T>;
}

/** Tables every audited write touches besides the caller's own. */
const AUDIT_TABLES = ['audit', 'meta'] as const;
const MAX_ATTEMPTS = 20;
/** Name of the cross-tab lock (Web Locks API) around audited writes. */
const LOCK_NAME = 'mailguard-audit';
const queues = new WeakMap<MailguardDb, Promise<unknown>>();

/** Reads the audit head from `meta` (the empty head when nothing was audited yet). */
export async function readAuditHead(db: MailguardDb): Promise<AuditHead> {
  const row = await db.meta.get('auditHead');
  return (row?.value as AuditHead | undefined) ?? EMPTY_HEAD;
}

/**
 * Runs `plan` and applies it with its audit entries atomically (see the module comment).
 * @param tables - the tables `apply` touches (audit and meta are added).
 * @param what - for error messages ("recording the decision").
 */
export function auditedWrite<T>(
  db: MailguardDb,
  tables: readonly string[],
  what: string,
  plan: () => Promise<AuditedPlan<T>>,
): Promise<T> {
  const run = async (): Promise<T> => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        const planned = await plan().catch((err: unknown) => {
          // Input validation in plans reports misuse as TypeError (shared helpers do): that is the caller's input.
          throw err instanceof TypeError ? new StoreError('invalid', err.message, { cause: err }) : err;
        });
        const head = await readAuditHead(db);
        const sealed = await sealEntries(planned.drafts, head);
        return await db.transaction('rw', [...tables, ...AUDIT_TABLES], async () => {
          const current = await readAuditHead(db);
          if (current.seq !== head.seq || current.hash !== head.hash) throw new StaleRead('audit head moved');
          const result = await planned.apply(sealed);
          const last = sealed[sealed.length - 1];
          if (last) {
            await db.audit.bulkAdd(sealed);
            await db.meta.put({ key: 'auditHead', value: { seq: last.seq, hash: last.hash } });
          }
          return result;
        });
      } catch (err) {
        if (err instanceof StaleRead && attempt < MAX_ATTEMPTS) {
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 2 ** attempt)));
          continue;
        }
        if (err instanceof StaleRead) {
          throw new StoreError('conflict', `The data kept changing while ${what}; nothing was saved. Try again.`);
        }
        throw toStoreError(err, what);
      }
    }
    throw new StoreError('conflict', `Gave up ${what}`);
  };
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  const exclusive = locks ? () => locks.request(`${LOCK_NAME}:${db.name}`, run) as Promise<T> : run;
  const queued = (queues.get(db) ?? Promise.resolve()).then(exclusive, exclusive);
  queues.set(
    db,
    queued.catch(() => undefined),
  );
  return queued;
}
