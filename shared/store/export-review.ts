/**
 * The review export for a data-protection officer: the queue (every label not disposed, in queue order), every
 * decision with the hash of its audit entry, and the audit log's verification and head (its seq and hash let a later
 * export prove the log only grew). No participant hashes, no content.
 */

import { verifyAuditLog } from './audit-log';
import { readAuditHead } from './audited-write';
import { csvRow } from './csv';
import type { MailguardDb } from './db';
import { toStoredLabel } from './label-row';
import { activePolicy } from './policies';
import { DEFAULT_DUE_SOON_DAYS, dueSoonLimit } from './retention-math';
import { byDue, ORDER, rangeOf } from './review-queue';
import { StoreError } from './store-error';
import type { DecisionType } from './types';

const QUEUE_COLUMNS = [
  'mailboxId',
  'messageId',
  'status',
  'category',
  'lawfulBasis',
  'period',
  'receivedAt',
  'expiresAt',
  'senderDomain',
  'subject',
  'subjectHash',
  'kinds',
  'policyVersion',
  'correctedBy',
  'hold',
  'lastDecision',
] as const;
const DECISION_COLUMNS = [
  'id',
  'at',
  'actor',
  'type',
  'mailboxId',
  'messageId',
  'reason',
  'until',
  'category',
  'before',
  'auditSeq',
  'auditHash',
] as const;

/** Builds the export as `'json'` (one object) or `'csv'` (titled sections: audit, queue, decisions). */
export async function exportReview(db: MailguardDb, format: 'csv' | 'json', now: Date): Promise<string> {
  if (format !== 'csv' && format !== 'json')
    throw new StoreError('invalid', `Unknown export format ${JSON.stringify(format)}`);
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new StoreError('invalid', 'now must be a valid Date');
  const policy = await activePolicy(db);
  const dueSoonDays = policy?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const nowIso = now.toISOString();
  const soon = dueSoonLimit(now, dueSoonDays);
  const queue = [];
  for (const s of ORDER) {
    for (const row of await byDue(db, '[phase+dueKey]', [], rangeOf(s, nowIso, soon)).toArray()) {
      const { participantHashes: _omitted, senderHash: _alsoOmitted, ...label } = toStoredLabel(row, now, dueSoonDays);
      queue.push(label);
    }
  }
  const decisionRows = await db.decisions.orderBy(':id').toArray();
  const entries = await db.audit.bulkGet(decisionRows.map((d) => d.auditSeq));
  const decisions = decisionRows.map((d, i) => ({
    ...d,
    type: d.type as DecisionType,
    auditHash: entries[i]?.hash ?? null,
  }));
  const verification = await verifyAuditLog(db);
  const head = await readAuditHead(db);
  const audit = { verification, head };
  if (format === 'json') {
    return JSON.stringify(
      {
        export: 'mailguard-review',
        generatedAt: nowIso,
        policyVersion: policy?.version ?? null,
        audit,
        queue,
        decisions,
      },
      null,
      2,
    );
  }
  const lines = [
    csvRow(['Mailguard review export', `generated ${nowIso}`, `policy ${policy?.version ?? 'none'}`]),
    '',
    csvRow([
      'audit log',
      verification.ok ? 'verified' : 'FAILED VERIFICATION',
      `entries ${verification.count}`,
      `head seq ${head.seq}`,
      `head hash ${head.hash}`,
    ]),
    ...(verification.ok ? [] : verification.problems.map((p) => csvRow(['problem', p.seq, p.problem]))),
    '',
    csvRow(['queue']),
    csvRow(QUEUE_COLUMNS),
    ...queue.map((l) => csvRow(QUEUE_COLUMNS.map((c) => (l as Record<string, unknown>)[c]))),
    '',
    csvRow(['decisions']),
    csvRow(DECISION_COLUMNS),
    ...decisions.map((d) => csvRow(DECISION_COLUMNS.map((c) => (d as Record<string, unknown>)[c]))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
