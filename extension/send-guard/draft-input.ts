/**
 * Maps what the compose form shows (the adapter's ComposeDraft) to the core's DraftInput: every recipient the site
 * will send to — typed addresses not yet turned into pills included, since the sites resolve them at Send — the text
 * with its quoted part, attachments by name and type, and for replies/forwards the original's people from its header.
 * Recipients the page shows without an address cannot be checked: they are returned as `unreadable`.
 */
import type { DraftInput } from '../../shared/core/types';
import { addressIn } from '../sites/read-text';
import type { ComposeDraft } from '../sites/site-adapter';
import { parseQuotedHeader } from './quoted-header';

/** A draft ready for the background, and what could not be read. */
export interface MappedDraft {
  readonly draft: DraftInput;
  /** The quoted/forwarded original (the background classifies it to label `draft.original`). */
  readonly quoted: string;
  /** Display names of recipients shown without an address. */
  readonly unreadable: readonly string[];
}

/** Builds the DraftInput for a compose. `from` is the signed-in address when known ('' otherwise). */
export function toDraftInput(compose: ComposeDraft, from = ''): MappedDraft {
  const byField = { to: [] as string[], cc: [] as string[], bcc: [] as string[] };
  const unreadable: string[] = [];
  const seen = new Set<string>();
  for (const r of compose.recipients) {
    const address = r.address.trim().toLowerCase();
    if (!address) {
      unreadable.push(r.name?.trim() || '(a recipient without a name)');
      continue;
    }
    const key = `${r.field}:${address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The display name goes along: the core flags a name claiming to be a vetted processor on someone else's address.
    const name = r.name?.replace(/["<>\\]/g, '').trim();
    byField[r.field].push(name && name.toLowerCase() !== address ? `"${name}" <${address}>` : address);
  }
  const header = compose.composeType === 'new' ? null : parseQuotedHeader(compose.quoted);
  const draft: DraftInput = {
    from,
    to: byField.to,
    cc: byField.cc,
    bcc: byField.bcc,
    subject: compose.subject,
    body: compose.body,
    attachments: compose.attachments,
    composeType: compose.composeType,
    ...(header ? { original: { from: header.from, to: header.to, cc: header.cc } } : {}),
  };
  return { draft, quoted: compose.quoted, unreadable };
}

/** Every recipient of a DraftInput as given (`"Name" <address>` or a bare address). */
export function recipientsOf(draft: DraftInput): string[] {
  return [...draft.to, ...(draft.cc ?? []), ...(draft.bcc ?? [])];
}

/** Every recipient's bare address, lower-cased. */
export function addressesOf(draft: DraftInput): string[] {
  return recipientsOf(draft).map((r) => addressIn(r));
}

/** A fingerprint of what would be sent: an approval holds only while the draft is exactly this. */
export function fingerprint(draft: DraftInput): string {
  const files = (draft.attachments ?? []).map((a) => a.name).join('\u0000');
  return [recipientsOf(draft).join(','), draft.subject, draft.body.length, hash(draft.body), files].join('\u0001');
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}
