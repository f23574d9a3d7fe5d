/**
 * What a file's name and type say about it before it reaches a page: a call recording (blocks towards anyone
 * unvetted) or a mailbox/customer export (warns). Only the name and the type are read, never the file.
 */

/** A risky file and why. */
export interface FileRisk {
  readonly kind: 'call_recording' | 'export';
  readonly reason: string;
}

const AUDIO = /\.(wav|mp3|m4a|ogg|wma|amr|gsm|aac|flac)$/i;
const EXPORT = /\.(csv|tsv|mbox|pst|ost|eml|msg|xlsx?|json|sql|bak|zip)$/i;
const EXPORT_ONLY_BY_NAME = /\.(mbox|pst|ost|sql|bak)$/i;
const EXPORT_NAME = /(export|dump|backup|customers?|contacts|mailbox|crm|leads|subscribers)/i;
const CALL_NAME = /(call|voicemail|recording|rec[-_]|vm[-_])/i;

/** The risk of one offered file, or null. */
export function fileRisk(name: string, type: string): FileRisk | null {
  const n = name.trim();
  const t = type.trim().toLowerCase();
  if (AUDIO.test(n) || t.startsWith('audio/')) {
    const named = CALL_NAME.test(n) ? ' named like a call recording' : '';
    return {
      kind: 'call_recording',
      reason: `"${n}" is an audio file${named}; call recordings hold customers' voices.`,
    };
  }
  if (EXPORT_ONLY_BY_NAME.test(n)) return { kind: 'export', reason: `"${n}" is a mailbox or database export.` };
  if (EXPORT.test(n) && EXPORT_NAME.test(n)) {
    return { kind: 'export', reason: `"${n}" looks like an export of customer or mailbox data.` };
  }
  if (t === 'text/csv' || t === 'application/mbox') return { kind: 'export', reason: `"${n}" is a data export.` };
  return null;
}
