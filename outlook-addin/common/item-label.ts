/**
 * The label as stored on the Outlook item itself, in its custom properties (Outlook keeps at most 2,500 characters of
 * custom properties per item, so reasons are trimmed to fit). It travels with the item to every device, and classic
 * Outlook copies it onto replies and forwards, where the send guard reads it.
 */
import type { Classification, LawfulBasis, PersonalDataKind, RetentionStatus } from '../../shared/core/types';

/** Custom property name. */
export const ITEM_LABEL_PROPERTY = 'mailguardLabel';

/** Budget for our one property's JSON. */
const MAX_CHARS = 2_300;

/** What is stored: the label without finding offsets (only kinds and counts), participants only as hashes. */
export interface ItemLabel {
  readonly v: 1;
  readonly category: string;
  readonly lawfulBasis: LawfulBasis;
  readonly period: string;
  readonly expiresAt: string | null;
  readonly status: RetentionStatus;
  readonly kinds: Readonly<Partial<Record<PersonalDataKind, number>>>;
  readonly reasons: readonly string[];
  readonly policyVersion: string;
  readonly labelledAt: string;
  readonly correctedBy?: string;
  /** `addressHash` of the item's from/to/cc: lets a reply recognise its data subjects without storing addresses. */
  readonly participants: readonly string[];
}

/** Counts findings by kind. */
export function countKinds(c: Pick<Classification, 'personalData'>): Partial<Record<PersonalDataKind, number>> {
  const out: Partial<Record<PersonalDataKind, number>> = {};
  for (const f of c.personalData) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
}

/** Builds the stored form of a classification. */
export function toItemLabel(
  c: Classification,
  meta: { policyVersion: string; labelledAt: Date; participants: readonly string[]; correctedBy?: string },
): ItemLabel {
  return {
    v: 1,
    category: c.category,
    lawfulBasis: c.lawfulBasis,
    period: c.retention.period,
    expiresAt: c.retention.expiresAt,
    status: c.retention.status,
    kinds: countKinds(c),
    reasons: [...c.reasons],
    policyVersion: meta.policyVersion,
    labelledAt: meta.labelledAt.toISOString(),
    ...(meta.correctedBy ? { correctedBy: meta.correctedBy } : {}),
    participants: meta.participants.slice(0, 20),
  };
}

/** JSON of the label within Outlook's budget: drops reasons from the end, then shortens the last, until it fits. */
export function serializeItemLabel(label: ItemLabel): string {
  const reasons = [...label.reasons];
  let text = JSON.stringify({ ...label, reasons });
  while (text.length > MAX_CHARS && reasons.length > 0) {
    const last = reasons.pop() as string;
    const room = MAX_CHARS - (text.length - last.length) - 1;
    if (room > 40) reasons.push(`${last.slice(0, room - 1)}…`);
    text = JSON.stringify({ ...label, reasons });
  }
  return text;
}

/** Reads a stored label back; undefined for anything that is not one of ours. */
export function parseItemLabel(value: unknown): ItemLabel | undefined {
  let v: unknown = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (o.v !== 1 || typeof o.category !== 'string' || typeof o.period !== 'string') return undefined;
  if (!Array.isArray(o.participants) || !Array.isArray(o.reasons)) return undefined;
  return o as unknown as ItemLabel;
}

/**
 * The label as the core's `original.classification`. Findings are not kept (only counts), so `personalData` is empty:
 * the category and the reasons carry the verdict.
 */
export function itemLabelClassification(label: ItemLabel): Classification {
  return {
    category: label.category,
    lawfulBasis: label.lawfulBasis,
    retention: { period: label.period, expiresAt: label.expiresAt, status: label.status },
    personalData: [],
    reasons: label.reasons,
  };
}
