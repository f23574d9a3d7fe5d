/**
 * Words for labels: lawful bases, short periods ("6y"), dates ("12 Mar") and the compact chip text
 * ("Contract · 6y", "Expired 12 Mar"). Fixed English month names, UTC dates: the output does not depend on the
 * machine's locale or time zone.
 */
import type { LawfulBasis } from '../core/types';
import type { LabelStatusView, LabelView } from './label-view';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Plain words for a lawful basis. */
export function basisWords(basis: LawfulBasis): string {
  switch (basis) {
    case 'consent':
      return 'Consent';
    case 'contract':
      return 'Contract';
    case 'legal_obligation':
      return 'Legal obligation';
    case 'legitimate_interests':
      return 'Legitimate interests';
  }
}

/** Short words for a lawful basis, for the compact chip (the tooltip and card use {@link basisWords}). */
export function basisShort(basis: LawfulBasis): string {
  switch (basis) {
    case 'legal_obligation':
      return 'Legal duty';
    case 'legitimate_interests':
      return 'Legit. interest';
    default:
      return basisWords(basis);
  }
}

/** Plain words for a retention status. */
export function statusWords(status: LabelStatusView): string {
  switch (status) {
    case 'active':
      return 'Within retention';
    case 'due_soon':
      return 'Due for review soon';
    case 'expired':
      return 'Past retention';
    case 'legal_hold':
      return 'Legal hold';
    case 'disposed':
      return 'Disposed';
  }
}

/** A one-character icon per status (shown beside the colour, so colour is never the only cue). */
export function statusIcon(status: LabelStatusView): string {
  switch (status) {
    case 'active':
      return '✓';
    case 'due_soon':
      return '◷';
    case 'expired':
      return '⚠';
    case 'legal_hold':
      return '⚖';
    case 'disposed':
      return '✕';
  }
}

/** `P6Y` → `6y`, `P3M` → `3m`, `P2W` → `2w`, `P0D` → `0d`, `P1Y6M` → `1y 6m`; unknown text is returned as is. */
export function shortPeriod(period: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) return period;
  const parts = [
    [m[1], 'y'],
    [m[2], 'm'],
    [m[3], 'w'],
    [m[4], 'd'],
  ].filter(([n]) => n !== undefined && n !== '0' && n !== '');
  return parts.length ? parts.map(([n, u]) => `${n}${u}`).join(' ') : '0d';
}

/** `2026-03-12T…` → `12 Mar` (same year as `now`) or `12 Mar 2025`; null → `never`. */
export function shortDate(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return d.getUTCFullYear() === now.getUTCFullYear() ? day : `${day} ${d.getUTCFullYear()}`;
}

/** The compact chip text: "Contract · 6y", "Due 3 Apr", "Expired 12 Mar", "Legal hold". */
export function chipText(label: Pick<LabelView, 'status' | 'lawfulBasis' | 'period' | 'expiresAt'>, now: Date): string {
  switch (label.status) {
    case 'expired':
      return `Expired ${shortDate(label.expiresAt, now)}`;
    case 'due_soon':
      return `Due ${shortDate(label.expiresAt, now)}`;
    case 'legal_hold':
      return 'Legal hold';
    case 'disposed':
      return 'Disposed';
    case 'active':
      return `${basisShort(label.lawfulBasis)} · ${shortPeriod(label.period)}`;
  }
}
