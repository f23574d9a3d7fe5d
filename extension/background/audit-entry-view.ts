/** An audit-log entry in words for the review page (type, target and the details that matter). */
import type { AuditEntry } from '../../shared/store/types';
import type { AuditEntryView } from '../messaging/protocol';

function detailText(details: Readonly<Record<string, unknown>>): string {
  return Object.entries(details)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

/** One stored audit entry as the audit view shows it. */
export function auditEntryView(e: AuditEntry): AuditEntryView {
  const what = typeof e.details.type === 'string' && e.type === 'decision' ? `decision: ${e.details.type}` : e.type;
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: what.replace(/_/g, ' '),
    details: `${e.target} — ${detailText(e.details)}`,
  };
}
