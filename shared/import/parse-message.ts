/**
 * One buffered raw message → the classifier's `EmailInput` keyed by Message-ID, or the reason it cannot be imported.
 * MIME is parsed by postal-mime; an HTML-only body becomes text through our own tokenizer (`htmlToText`), never a DOM.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import type { AttachmentInfo, EmailInput } from '../core/types';
import { htmlToText } from './html-to-text';
import { type BufferedMessage, STRIPPED_MARK } from './message-buffer';
import { headerHashKey, normaliseMessageId } from './normalise-message-id';

/** An imported message: the classifier's input plus the key it is stored under. */
export type ImportedMessage = EmailInput & { readonly messageId: string };

/** What parsing one message gives: the message or the plain-words reason it was not imported. */
export type ParseOutcome = { ok: true; message: ImportedMessage } | { ok: false; reason: string };

const MIB = 1024 * 1024;

/** See the file comment. `fallbackDate` is the mbox envelope's date (ISO), used when the Date header is unusable. */
export async function parseMessage(
  buffered: BufferedMessage,
  maxBytes: number,
  fallbackDate?: string,
): Promise<ParseOutcome> {
  if (buffered.overCap) {
    const size = (buffered.rawBytes / MIB).toFixed(1);
    return fail(
      `too large: over ${(maxBytes / MIB).toFixed(0)} MiB without its attachments (${size} MiB in all); skipped`,
    );
  }
  if (buffered.problems.length) return fail(buffered.problems.join('; '));
  let email: Email;
  try {
    email = await PostalMime.parse(buffered.raw, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 64 });
  } catch (error) {
    return fail(`broken MIME: ${error instanceof Error ? error.message : String(error)}`);
  }
  const from = firstMailbox(email.from) ?? firstMailbox(email.sender);
  if (!from) return fail('no sender: the From header is missing or holds no address');
  const unknown = buffered.textCharsets.filter((label) => !isKnownCharset(label));
  if (unknown.length) return fail(`wrong charset: ${unknown.map((c) => `"${c}"`).join(', ')} is not a known charset`);
  const receivedAt = isoDate(email.date) ?? fallbackDate;
  if (!receivedAt) {
    const seen = email.date ? `the Date header "${email.date.slice(0, 60)}" is not a date` : 'there is no Date header';
    return fail(`no valid date: ${seen} and no mbox From-line date`);
  }
  const htmlOnly = !buffered.bodyTypes.includes('text/plain') && buffered.bodyTypes.includes('text/html');
  const body = htmlOnly ? htmlToText(email.html ?? '') : (email.text ?? '');
  const subject = email.subject ?? '';
  const undecodable = countReplacement(subject) + countReplacement(body);
  if (undecodable) {
    const declared = buffered.textCharsets.join(', ') || 'utf-8 (undeclared)';
    return fail(`wrong charset: ${undecodable} characters are not valid in the declared charset ${declared}`);
  }
  const messageId = normaliseMessageId(email.messageId) ?? (await headerHashKey(email.headers));
  const cc = addresses(email.cc);
  return {
    ok: true,
    message: {
      messageId,
      from,
      to: addresses(email.to),
      ...(cc.length ? { cc } : {}),
      subject,
      body,
      receivedAt,
      attachments: email.attachments.map((a): AttachmentInfo => attachmentInfo(a, buffered)),
    },
  };
}

function fail(reason: string): ParseOutcome {
  return { ok: false, reason };
}

function attachmentInfo(a: Email['attachments'][number], buffered: BufferedMessage): AttachmentInfo {
  const mark = a.description?.startsWith(STRIPPED_MARK) ? Number(a.description.slice(STRIPPED_MARK.length)) : -1;
  const size = mark >= 0 ? (buffered.stripped[mark]?.size ?? 0) : byteLength(a.content);
  return { name: a.filename ?? 'unnamed', contentType: a.mimeType, size };
}

function byteLength(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

/** The address of a mailbox, or of a group's first member. */
function firstMailbox(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  const first = address.group ? address.group[0]?.address : address.address;
  return first?.trim() || undefined;
}

function addresses(list: readonly Address[] | undefined): string[] {
  const out: string[] = [];
  for (const a of list ?? []) {
    for (const m of a.group ?? [a]) if (m.address?.trim()) out.push(m.address.trim());
  }
  return out;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function isKnownCharset(label: string): boolean {
  for (const candidate of [label, label.replace(/^(x-ms-|x-|cs)/i, '')]) {
    try {
      new TextDecoder(candidate);
      return true;
    } catch {}
  }
  return /^(cp|ms|windows-?)?\d{3,5}$/i.test(label) || /^ks_c_5601/i.test(label);
}

function countReplacement(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}
