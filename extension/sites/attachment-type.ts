/** Guesses an attachment's content type from its file name (sites show names, not types). */

const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
};

/** The content type for a file name's extension, or `application/octet-stream`. */
export function attachmentType(name: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase();
  return (ext && TYPES[ext]) || 'application/octet-stream';
}

/** Reads "<file> Open <size>"-style accessible names down to the file name. */
export function attachmentName(shown: string): string {
  return shown.replace(/\s+Open\s+.*$/i, '').trim();
}
