/**
 * Every schema version the store has ever declared, oldest first. Never edit or remove a shipped entry: add a new one
 * (with a dated note and, when rows must change, a pure transform in `migrations/`), and its end-to-end test in
 * `tests/shared/store/migrations.test.ts` (seed at the old version, reopen at the new, count rows).
 */
import type { Transaction } from 'dexie';
import { type LabelRowV1, labelV1ToV2 } from './migrations/label-v1-to-v2';

/** One declared schema version. */
export interface SchemaVersion {
  readonly version: number;
  /** When and why, in a sentence. */
  readonly note: string;
  /** Dexie store strings (null deletes a table). */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites rows written under the previous version. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** All versions, oldest first. The last one is current. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    note: '2026-11-25: first schema — labels, decisions, sharing events, hash-chained audit, policy versions, corrections.',
    stores: {
      labels: '[mailboxId+messageId], [status+expiresAt], category, threadId, *participantHashes, policyVersion',
      decisions: '++id, [mailboxId+messageId]',
      sharingEvents: '++id',
      audit: '++seq',
      policies: '++id, version',
      corrections: '[mailboxId+scope+key]',
      meta: 'key',
    },
  },
  {
    version: 2,
    note:
      '2026-11-25: queue indexes on [phase+dueKey] (v1 lost never-expiring rows from [status+expiresAt] and read ' +
      'stale statuses); per-mailbox thread and sender indexes for remembered corrections. Labels get phase + dueKey.',
    stores: {
      labels:
        '[mailboxId+messageId], [phase+dueKey], [category+phase+dueKey], [mailboxId+phase+dueKey], ' +
        '[phase+receivedAt], [mailboxId+threadId], [mailboxId+senderHash], *participantHashes, policyVersion',
    },
    upgrade: async (tx) => {
      await tx
        .table('labels')
        .toCollection()
        .modify((row: LabelRowV1, ref: { value: unknown }) => {
          ref.value = labelV1ToV2(row);
        });
    },
  },
  {
    version: 3,
    note:
      '2026-11-25: [mailboxId+category+phase+dueKey] for the Outlook review pane, which always filters by mailbox: its ' +
      'per-category counts and mailbox+category pages had to read every row of the mailbox. Index only; rows unchanged.',
    stores: {
      labels:
        '[mailboxId+messageId], [phase+dueKey], [category+phase+dueKey], [mailboxId+phase+dueKey], ' +
        '[mailboxId+category+phase+dueKey], [phase+receivedAt], [mailboxId+threadId], [mailboxId+senderHash], ' +
        '*participantHashes, policyVersion',
    },
  },
];

/** The current schema version number. */
export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
