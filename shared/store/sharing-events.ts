/**
 * Sharing events from the send guard (warnings, blocks, overrides, guard errors): recipients' domains and statuses,
 * kinds and counts of personal data, and the justification of an override — never addresses or content. Each event
 * and its audit entry are written in one transaction.
 */
import { auditedWrite } from './audited-write';
import type { MailguardDb } from './db';
import { StoreError } from './store-error';
import type { SharingEventInput } from './types';

const KINDS = new Set(['warning', 'block', 'override', 'guard_error']);

/**
 * Records a sharing event with its audit entry.
 * @throws StoreError `invalid` for a bad time, an empty actor, an unknown kind, an override without a justification,
 *   a justification with empty text, or a recipient given as a full address instead of a domain.
 */
export async function recordSharingEvent(db: MailguardDb, e: SharingEventInput): Promise<void> {
  const invalid = (m: string) => new StoreError('invalid', m);
  if (!(e.at instanceof Date) || Number.isNaN(e.at.getTime()))
    throw invalid('The event time (at) must be a valid Date');
  if (!e.actor?.trim()) throw invalid('Who acted (actor) must be given');
  if (!KINDS.has(e.kind)) throw invalid(`Unknown sharing event kind ${JSON.stringify(e.kind)}`);
  if (e.kind === 'override' && !e.justification) throw invalid('An override needs a justification');
  const j = e.justification;
  if (j && !(j.type === 'business' ? j.reason : j.reference)?.trim()) {
    throw invalid(
      j.type === 'business' ? 'A business justification needs a reason' : 'A court order needs its reference',
    );
  }
  if (e.recipients.some((r) => r.domain.includes('@')))
    throw invalid('Recipients are stored by domain only, not address');
  const at = e.at.toISOString();
  const record = {
    at,
    actor: e.actor,
    kind: e.kind,
    action: e.action,
    ...(j ? { justification: j } : {}),
    recipients: e.recipients.map((r) => ({ domain: r.domain.toLowerCase(), status: r.status })),
    kinds: { ...e.kinds },
    ...(e.messageId ? { messageId: e.messageId } : {}),
    client: e.client,
  };
  const { at: _at, actor: _actor, ...details } = record;
  await auditedWrite(db, ['sharingEvents'], 'recording the sharing event', async () => ({
    drafts: [{ at, actor: e.actor, type: 'sharing_event', target: e.messageId ?? e.kind, details }],
    apply: async ([entry]) => {
      await db.sharingEvents.add({ ...record, auditSeq: entry!.seq });
    },
  }));
}
