/**
 * What the warn dialog shows, independent of the client (the browser extension's send and paste guards, and the
 * Outlook add-in's justification UI may reuse it): the verdict in plain words and, for a block, exactly what to change.
 */

/** A recipient's status, as the core names it. */
export type GuardRecipientStatus = 'internal' | 'data_subject' | 'vetted' | 'unvetted' | 'lookalike' | 'invalid';

/** The verdict the dialog explains (structurally the extension's GuardVerdict). */
export interface WarnDialogVerdict {
  readonly action: 'allow' | 'warn' | 'block';
  readonly reasons: readonly string[];
  readonly recipients: readonly {
    readonly address: string;
    readonly domain: string;
    readonly status: GuardRecipientStatus;
    readonly reason: string;
  }[];
  readonly found: readonly {
    readonly kind: string;
    readonly label: string;
    readonly count: number;
    readonly samples: readonly string[];
  }[];
}

/** A justification for sending anyway. */
export type WarnJustification =
  | { readonly type: 'business'; readonly reason: string }
  | { readonly type: 'court_order'; readonly reference: string };

/** Plain words for a recipient status. */
export function statusWords(status: GuardRecipientStatus): string {
  switch (status) {
    case 'internal':
      return 'inside the organisation';
    case 'data_subject':
      return 'a person the mail is about';
    case 'vetted':
      return 'vetted processor';
    case 'unvetted':
      return 'not vetted';
    case 'lookalike':
      return 'look-alike of a trusted domain';
    case 'invalid':
      return 'not a valid address';
  }
}

/** Kinds that block on their own towards someone unvetted (as the core's BLOCKING_KINDS). */
const BLOCKING = new Set(['card_number', 'credential']);

/** Recipients the dialog flags (not vetted, look-alike, invalid). */
export function flaggedRecipients(v: WarnDialogVerdict): WarnDialogVerdict['recipients'] {
  return v.recipients.filter((r) => r.status === 'unvetted' || r.status === 'lookalike' || r.status === 'invalid');
}

/** For a block: the changes that would let the mail go, one sentence each. */
export function whatToChange(v: WarnDialogVerdict): string[] {
  const out: string[] = [];
  for (const r of flaggedRecipients(v)) {
    if (r.status === 'lookalike') out.push(`Correct or remove ${r.address}: ${r.reason}`);
    else out.push(`Remove ${r.address}, or send through a vetted processor instead.`);
  }
  for (const f of v.found) {
    if (BLOCKING.has(f.kind)) {
      out.push(`Delete the ${f.label} (${f.samples.join(', ')}) from the mail, quoted or forwarded parts included.`);
    }
  }
  if (v.reasons.some((r) => /attachment|audio file|recording/i.test(r))) {
    out.push('Remove the recording or export from the attachments.');
  }
  if (v.reasons.some((r) => /labelled "/.test(r))) {
    out.push('Write a new mail without the forwarded or quoted original.');
  }
  return out;
}
