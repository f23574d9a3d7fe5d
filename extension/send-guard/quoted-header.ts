/**
 * Reads who the quoted or forwarded original was from and to, from the header block the sites put above it:
 * Outlook "From: … Sent: … To: … Cc: … Subject: …" (lines often run together in textContent), Gmail's forward block
 * "---------- Forwarded message --------- From: … Date: … Subject: … To: …" and Gmail's reply line
 * "On <date>, Name <addr> wrote:". Labels are English; other locales give no header (the draft is still assessed).
 */
import { addressesIn } from '../sites/read-text';

/** The original's people as the quoted header names them (addresses lower-cased). */
export interface QuotedHeader {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

const LABELS = 'From|Sent|Date|To|Cc|Subject';

function field(text: string, label: string): string {
  const re = new RegExp(`(?<![A-Za-z])${label}:\\s*([\\s\\S]*?)(?=(?<![A-Za-z])(?:${LABELS}):|\\n\\s*\\n|$)`);
  return re.exec(text)?.[1]?.trim() ?? '';
}

/** Parses the first header block of `quoted`; null when it names no sender. */
export function parseQuotedHeader(quoted: string): QuotedHeader | null {
  const head = quoted.slice(0, 4000);
  const wrote = /On [^\n]{1,200}?([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?\s*wrote:/.exec(head);
  const fromField = field(head, 'From');
  const from = addressesIn(fromField)[0] ?? (wrote?.[1] ? wrote[1].toLowerCase() : '');
  if (!from) return null;
  return { from, to: addressesIn(field(head, 'To')), cc: addressesIn(field(head, 'Cc')) };
}
