/**
 * An Outlook `.msg` file (a compound file, MS-OXMSG) → `ImportedMessage`, through @kenjiuno/msgreader. A .msg holds one
 * message and the parser needs the whole file, so the caller reads it into memory under a size cap.
 */
import MsgReaderExport, { type FieldsData } from '@kenjiuno/msgreader';
import { htmlToText } from './html-to-text';
import { headerHashKey, normaliseMessageId } from './normalise-message-id';
import type { ImportedMessage, ParseOutcome } from './parse-message';

/** The package is CommonJS: Node's ESM loader hands its whole `exports` as the default, bundlers hand `.default`. */
const MsgReader: typeof MsgReaderExport =
  (MsgReaderExport as unknown as { default?: typeof MsgReaderExport }).default ?? MsgReaderExport;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** See the file comment. Never throws: a file it cannot read gives `{ ok: false, reason }`. */
export async function readMsg(bytes: Uint8Array): Promise<ParseOutcome> {
  if (!CFB_MAGIC.every((b, i) => bytes[i] === b)) return fail('not an Outlook .msg file (no compound-file signature)');
  let fields: FieldsData;
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    fields = new MsgReader(view).getFileData();
  } catch (error) {
    return fail(`broken .msg file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (fields.error) return fail(`broken .msg file: ${fields.error}`);
  const headers = parseTransportHeaders(fields.headers ?? '');
  const from = smtp(fields.senderSmtpAddress) ?? smtp(fields.senderEmail) ?? addressIn(headers.get('from'));
  if (!from) return fail('no sender: the .msg names no SMTP sender address');
  const recipients = fields.recipients ?? [];
  const pick = (type: 'to' | 'cc') =>
    recipients.filter((r) => r.recipType === type).flatMap((r) => smtp(r.smtpAddress) ?? smtp(r.email) ?? []);
  const receivedAt =
    iso(fields.messageDeliveryTime) ?? iso(fields.clientSubmitTime) ?? iso(headers.get('date')) ?? undefined;
  if (!receivedAt) return fail('no valid date: the .msg has no delivery, submit or Date header time');
  const html = fields.bodyHtml ?? (fields.html ? new TextDecoder().decode(fields.html) : undefined);
  const body = fields.body ?? (html ? htmlToText(html) : '');
  const subject = fields.subject ?? '';
  if (`${subject}${body}`.includes('\uFFFD')) return fail('wrong charset: the .msg text has undecodable characters');
  const to = pick('to');
  const cc = pick('cc');
  const messageId =
    normaliseMessageId(fields.messageId) ??
    normaliseMessageId(headers.get('message-id')) ??
    (await headerHashKey([
      { key: 'from', value: from },
      { key: 'to', value: to.join(', ') },
      { key: 'cc', value: cc.join(', ') },
      { key: 'date', value: receivedAt },
      { key: 'subject', value: subject },
    ]));
  const message: ImportedMessage = {
    messageId,
    from,
    to,
    ...(cc.length ? { cc } : {}),
    subject,
    body,
    receivedAt,
    attachments: (fields.attachments ?? []).map((a) => ({
      name: a.fileName ?? a.fileNameShort ?? a.name ?? 'unnamed',
      contentType: a.innerMsgContent ? 'application/vnd.ms-outlook' : (a.attachMimeTag ?? 'application/octet-stream'),
      size: a.contentLength ?? 0,
    })),
  };
  return { ok: true, message };
}

function fail(reason: string): ParseOutcome {
  return { ok: false, reason };
}

function smtp(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && /^[^\s@]+@[^\s@]+$/.test(v) ? v : undefined;
}

function addressIn(value: string | undefined): string | undefined {
  return smtp(/<([^<>]+)>/.exec(value ?? '')?.[1] ?? value);
}

function iso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The transport headers (PidTagTransportMessageHeaders) unfolded, by lower-case name (first occurrence). */
function parseTransportHeaders(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!map.has(key)) map.set(key, line.slice(colon + 1).trim());
  }
  return map;
}
