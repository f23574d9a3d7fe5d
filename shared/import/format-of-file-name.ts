/** Which reader a file gets, by its name. */
import type { MailboxFormat } from './import-mailbox';

/** `.eml`, `.msg`, else mbox (Takeout's `.mbox`, Thunderbird's folder files without extension). */
export function formatOfFileName(name: string): MailboxFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.eml')) return 'eml';
  if (lower.endsWith('.msg')) return 'msg';
  return 'mbox';
}
