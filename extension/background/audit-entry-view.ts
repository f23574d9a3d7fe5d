/** An audit-log entry in words for the review page (type, target and the details that matter). */
import type { AuditEntry } from '../../shared/store/types';
import type { AuditEntryView } from '../messaging/protocol';

const words = (v: unknown): string => String(v).replace(/_/g, ' ');

function change(before: unknown, after: unknown): string | null {
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) return null;
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const parts = ['category', 'status', 'expiresAt']
    .filter((k) => b[k] !== a[k])
    .map((k) => `${k === 'expiresAt' ? 'expiry' : k} ${words(b[k] ?? '—')} → ${words(a[k] ?? '—')}`);
  return parts.length ? parts.join(', ') : 'no change to the label';
}

function detailText(details: Readonly<Record<string, unknown>>): string {
  const out: string[] = [];
  const moved = change(details.before, details.after);
  for (const [k, v] of Object.entries(details)) {
    if (v === undefined || v === null || v === '' || k === 'before' || k === 'after' || k === 'decision') continue;
    out.push(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  }
  if (moved) out.push(moved);
  return out.join('; ');
}

/** One stored audit entry as the audit view shows it. */
export function auditEntryView(e: AuditEntry): AuditEntryView {
  const what =
    e.type === 'decision' && typeof e.details.decision === 'string' ? `decision: ${e.details.decision}` : e.type;
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: words(what),
    details: `${e.target} — ${detailText(e.details)}`,
  };
}
