/**
 * Reads the draft being sent through Office's compose APIs (each call wrapped once as a promise) into the core's
 * `DraftInput`, plus what the guard needs to find the original of a reply or forward. No DOM, no IndexedDB.
 */
import type { AttachmentInfo, DraftInput } from '../../shared/core/types';
import { ITEM_LABEL_PROPERTY, type ItemLabel, parseItemLabel } from '../common/item-label';
import { officeAsync } from '../common/office-async';

/** A draft read from Outlook. */
export interface ReadDraft {
  readonly draft: DraftInput;
  /** Recipients with display names, as Outlook gave them. */
  readonly recipients: readonly { address: string; name: string; field: 'to' | 'cc' | 'bcc' }[];
  readonly conversationId: string | undefined;
  /** The label on the draft itself (classic Outlook copies custom properties onto replies and forwards). */
  readonly draftLabel: ItemLabel | undefined;
}

/** "Ann Lee <ann@x.example>" when the display name says something the address does not (lookalike checks read it). */
export function formatRecipient(d: Pick<Office.EmailAddressDetails, 'emailAddress' | 'displayName'>): string {
  const name = (d.displayName ?? '').trim().replace(/[<>"]/g, '');
  const address = d.emailAddress.trim();
  return name && name.toLowerCase() !== address.toLowerCase() ? `${name} <${address}>` : address;
}

const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  zip: 'application/zip',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
};

/** Compose attachments carry no content type: infer one from the file name (the core also reads the extension). */
export function attachmentInfo(a: Pick<Office.AttachmentDetailsCompose, 'name' | 'size'>): AttachmentInfo {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(a.name)?.[1]?.toLowerCase() ?? '';
  return { name: a.name, contentType: TYPES[ext] ?? 'application/octet-stream', size: a.size };
}

function composeKind(t: string | undefined): DraftInput['composeType'] {
  if (t === 'reply') return 'reply';
  if (t === 'forward') return 'forward';
  return 'new';
}

type Recipients = Office.Recipients;

/** Reads everything the guard decides on. Rejects when Outlook fails any essential read. */
export async function readDraft(mailbox: Office.Mailbox): Promise<ReadDraft> {
  const item = mailbox.item as unknown as Office.MessageCompose;
  if (!item) throw new Error('Outlook gave the add-in no draft to check.');
  const get = (field: 'to' | 'cc' | 'bcc') =>
    officeAsync<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => (item[field] as Recipients).getAsync(cb));
  const [to, cc, bcc, subject, body, attachments, compose, from, props] = await Promise.all([
    get('to'),
    get('cc'),
    get('bcc'),
    officeAsync<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    officeAsync<string>('body.getAsync', (cb) => item.body.getAsync('text', cb)),
    officeAsync<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) => item.getAttachmentsAsync(cb)),
    item.getComposeTypeAsync
      ? officeAsync<{ composeType: string }>('getComposeTypeAsync', (cb) => item.getComposeTypeAsync(cb))
      : Promise.resolve({ composeType: 'newMail' }),
    item.from?.getAsync
      ? officeAsync<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb)).catch(() => undefined)
      : Promise.resolve(undefined),
    officeAsync<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => item.loadCustomPropertiesAsync(cb)).catch(
      () => undefined,
    ),
  ]);
  const sender = from?.emailAddress || mailbox.userProfile?.emailAddress || '';
  const draft: DraftInput = {
    from: sender,
    to: to.map(formatRecipient),
    cc: cc.map(formatRecipient),
    bcc: bcc.map(formatRecipient),
    subject: subject ?? '',
    body: body ?? '',
    attachments: attachments.filter((a) => !a.isInline).map(attachmentInfo),
    composeType: composeKind(compose.composeType),
  };
  const recipients = [
    ...to.map((d) => ({ address: d.emailAddress, name: d.displayName, field: 'to' as const })),
    ...cc.map((d) => ({ address: d.emailAddress, name: d.displayName, field: 'cc' as const })),
    ...bcc.map((d) => ({ address: d.emailAddress, name: d.displayName, field: 'bcc' as const })),
  ];
  const conversationId =
    typeof item.conversationId === 'string' && item.conversationId ? item.conversationId : undefined;
  return { draft, recipients, conversationId, draftLabel: parseItemLabel(props?.get(ITEM_LABEL_PROPERTY)) };
}
