/**
 * The one text the core scans for personal data: the subject, a blank line, then the body. Finding offsets in a
 * Classification or SharingDecision index this text.
 */

/** Joins subject and body the way the core scans them. */
export function messageText(subject: string, body: string): string {
  return `${subject}\n\n${body}`;
}
