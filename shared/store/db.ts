/**
 * The Dexie database: typed tables and the declared schema versions (see `db-schema.ts`).
 * Internal: callers use `openStore()`; tests use it to seed old versions and inject failures.
 */
import Dexie, { type Table } from 'dexie';
import type { Policy } from '../core/policy/schema';
import { SCHEMA_VERSIONS } from './db-schema';
import type { AuditEntry, LabelPhase, StoredDecision, StoredLabel, StoredSharingEvent } from './types';

/** A label row: the public label plus the queue's index fields. */
export interface LabelRow extends StoredLabel {
  readonly phase: LabelPhase;
  /** `expiresAt`, or `NEVER` when indefinite (IndexedDB does not index null). */
  readonly dueKey: string;
}

/** A policy version row. */
export interface PolicyRow {
  readonly id?: number;
  readonly version: string;
  readonly policy: Policy;
  readonly setAt: string;
  readonly actor: string;
}

/** A remembered correction: `scope` says whether `key` is a thread id or a sender hash. */
export interface CorrectionRow {
  readonly mailboxId: string;
  readonly scope: 'thread' | 'sender';
  readonly key: string;
  readonly category: string;
  readonly actor: string;
  readonly reason: string;
  readonly at: string;
}

/** Small key/value records (the audit head). */
export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

/** Default database name. */
export const DEFAULT_DB_NAME = 'mailguard';

/** Dependencies for running outside a browser (fake-indexeddb in tests). */
export interface DbDeps {
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

/** The Mailguard database with every schema version up to `upTo` declared (default: all). */
export class MailguardDb extends Dexie {
  labels!: Table<LabelRow, [string, string]>;
  decisions!: Table<Omit<StoredDecision, 'id'> & { id?: number }, number>;
  sharingEvents!: Table<Omit<StoredSharingEvent, 'id'> & { id?: number }, number>;
  audit!: Table<AuditEntry, number>;
  policies!: Table<PolicyRow, number>;
  corrections!: Table<CorrectionRow, [string, string, string]>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DEFAULT_DB_NAME, deps: DbDeps = {}, upTo?: number) {
    super(name, {
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });
    for (const v of SCHEMA_VERSIONS) {
      if (upTo !== undefined && v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
