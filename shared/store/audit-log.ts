/**
 * Reading and verifying the audit log.
 */
import { type AuditHead, type ChainProblem, checkChain, EMPTY_HEAD } from './audit-chain';
import { readAuditHead } from './audited-write';
import type { MailguardDb } from './db';
import type { AuditEntry, AuditVerification } from './types';

/** Entries verified per read. */
const VERIFY_CHUNK = 2000;

/**
 * A page of the audit log in seq order (`order: 'desc'` for newest first).
 * @param opts.limit - default 100. @param opts.offset - default 0.
 */
export function auditLog(
  db: MailguardDb,
  opts: { limit?: number; offset?: number; order?: 'asc' | 'desc' } = {},
): Promise<AuditEntry[]> {
  const coll = db.audit.orderBy(':id');
  return (opts.order === 'desc' ? coll.reverse() : coll)
    .offset(opts.offset ?? 0)
    .limit(opts.limit ?? 100)
    .toArray();
}

/**
 * Recomputes every entry's hash and link, in chunks, and compares the end of the chain with the stored head.
 * Names the seq of each edited, missing, reordered or replaced entry, and entries removed from the end.
 */
export async function verifyAuditLog(db: MailguardDb): Promise<AuditVerification> {
  const problems: ChainProblem[] = [];
  let head: AuditHead = EMPTY_HEAD;
  let count = 0;
  let lastKey = 0;
  for (;;) {
    const entries = await db.audit.where(':id').above(lastKey).limit(VERIFY_CHUNK).toArray();
    if (entries.length === 0) break;
    const checked = await checkChain(entries, head);
    problems.push(...checked.problems);
    head = checked.head;
    count += entries.length;
    lastKey = entries[entries.length - 1]!.seq;
  }
  const stored = await readAuditHead(db);
  if (stored.seq > head.seq) {
    problems.push({
      seq: head.seq + 1,
      problem: `entries ${head.seq + 1}–${stored.seq} were removed from the end of the log`,
    });
  } else if (stored.seq < head.seq) {
    problems.push({ seq: stored.seq + 1, problem: `entries after ${stored.seq} were added outside the store` });
  } else if (stored.hash !== head.hash) {
    problems.push({ seq: head.seq, problem: `entry ${head.seq} does not match the recorded end of the log` });
  }
  return problems.length ? { ok: false, count, problems } : { ok: true, count };
}
