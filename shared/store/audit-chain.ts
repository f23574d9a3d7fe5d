/**
 * The audit log's hash chain, pure apart from WebCrypto: sealing new entries onto a head, and checking a run of stored
 * entries. Each entry's `hash` is SHA-256 of the canonical JSON of every other field, `prevHash` included, so editing,
 * removing or reordering any entry breaks the chain at a place `checkChain` names.
 */
import { canonicalJson, sha256Hex } from './hashing';
import type { AuditEntry } from './types';

/** `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller supplies for an entry; the chain fills in seq, prevHash and hash. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** The last sealed entry (seq 0 and the genesis hash when the log is empty). */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** The empty log's head. */
export const EMPTY_HEAD: AuditHead = { seq: 0, hash: GENESIS_HASH };

/** SHA-256 of an entry's canonical serialisation (all fields except `hash`). */
export function hashEntry(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): Promise<string> {
  const { hash: _ignored, ...rest } = entry;
  return sha256Hex(canonicalJson(rest));
}

/** Seals drafts in order onto `head`: consecutive seqs, each linked to the one before. */
export async function sealEntries(drafts: readonly AuditDraft[], head: AuditHead): Promise<AuditEntry[]> {
  const sealed: AuditEntry[] = [];
  let prev = head;
  for (const draft of drafts) {
    // Round-trip through JSON so what we hash is exactly what IndexedDB will give back (no undefined, no Dates).
    const details = JSON.parse(JSON.stringify(draft.details)) as Record<string, unknown>;
    const unsealed = { ...draft, details, seq: prev.seq + 1, prevHash: prev.hash };
    const entry: AuditEntry = { ...unsealed, hash: await hashEntry(unsealed) };
    sealed.push(entry);
    prev = entry;
  }
  return sealed;
}

/** One problem found in the chain. */
export interface ChainProblem {
  readonly seq: number;
  readonly problem: string;
}

/**
 * Checks a run of entries read in key order, continuing from `prev` (the entry before the run, or the empty head).
 * Returns the problems and the head to continue from. Each hash is recomputed from the entry's own stored fields;
 * the links are then checked in order.
 */
export async function checkChain(
  entries: readonly AuditEntry[],
  prev: AuditHead,
): Promise<{ problems: ChainProblem[]; head: AuditHead }> {
  const problems: ChainProblem[] = [];
  // One digest at a time: many concurrent WebCrypto calls measured slower than a plain loop in Chromium.
  const recomputed: string[] = [];
  for (const e of entries) recomputed.push(await hashEntry(e));
  let head = prev;
  let prevEdited = false;
  entries.forEach((entry, i) => {
    const edited = recomputed[i] !== entry.hash;
    if (edited) {
      problems.push({ seq: entry.seq, problem: `entry ${entry.seq} was altered: its hash does not match its content` });
    }
    if (entry.seq !== head.seq + 1) {
      const missing = entry.seq > head.seq + 1;
      problems.push({
        seq: entry.seq,
        problem: missing
          ? `entries ${head.seq + 1}–${entry.seq - 1} before entry ${entry.seq} are missing`
          : `entry ${entry.seq} is out of order (after entry ${head.seq})`,
      });
    } else if (entry.prevHash !== head.hash && !edited && !prevEdited) {
      // The link is what broke: entry head.seq was swapped for a re-hashed one, or this entry's link was altered.
      problems.push(
        head.seq === 0
          ? { seq: entry.seq, problem: `entry ${entry.seq} does not start the chain: its link was altered` }
          : {
              seq: head.seq,
              problem: `entry ${head.seq} was altered or replaced: entry ${entry.seq} no longer links to it`,
            },
      );
    }
    head = { seq: entry.seq, hash: entry.hash };
    prevEdited = edited;
  });
  return { problems, head };
}
