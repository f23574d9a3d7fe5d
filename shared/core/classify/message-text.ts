/**
 * The one text the core scans for personal data: the subject, a blank line, then the body. Finding offsets in a
 * Classification or SharingDecision index this text.
 *
 * Inside the core a long message stays in its two parts: joining them copies the whole body (about 1 ms a megabyte,
 * the allocation included), and the body is already one string. So the body is scanned where it is
 * ({@link detectInMessage}) and the text is read back by offset ({@link sliceMessage}), as if it had been joined.
 */
import { detectPersonalDataAt } from '../detect/detect-personal-data';
import { maskFinding } from '../detect/mask-finding';
import { REMOVED_UNITS } from '../detect/normalize-text';
import type { Finding } from '../types';

/** A message's subject and body: `messageText(subject, body)` without the join. */
export interface MessageParts {
  readonly subject: string;
  readonly body: string;
}

/** Joins subject and body the way the core scans them. */
export function messageText(subject: string, body: string): string {
  return `${subject}\n\n${body}`;
}

/** Where the body starts in `messageText(subject, body)`. */
export function bodyStart(parts: MessageParts): number {
  return parts.subject.length + 2;
}

/**
 * A long body is scanned where it is, except its first {@link HEAD_CHARS} characters, which are scanned joined to
 * the subject (the only place the subject can be context). No detector reads context further than
 * {@link CONTEXT_REACH} characters either way, so the joined head's findings hold up to the seam and the body's own
 * from there (a property test holds the result to the joined scan's). Two cases are scanned joined after all: a head
 * finding that runs on more than half the reach past the seam (a very long link, perhaps cut where the head ends;
 * any shorter one keeps at least 1 KB of context after it, and no detector reads more than a few hundred characters
 * ahead), and a head holding characters normalisation removes (zero-width, soft hyphen): those shorten what the
 * detectors see, so the subject could come within reach of a value past the seam.
 */
export const HEAD_CHARS = 2 * 1024;
/** See {@link HEAD_CHARS}. */
export const CONTEXT_REACH = 2 * 1024;
/**
 * Bodies from this length on are scanned where they are. Below it, copying the body is cheaper than a second scan's
 * set-up and the head scanned twice: V8 places a string of over 128 KB apart (large-object space), and only there
 * did the copy cost more (measured crossover 120–140 thousand characters; 1 MB: 9.1 ms joined, 8.5 ms apart).
 */
export const SCAN_APART_FROM = 128 * 1024;

/**
 * The findings of `detectPersonalData(messageText(subject, body))`, with a long body scanned where it is instead of
 * copied behind the subject. `apartFrom` (default {@link SCAN_APART_FROM}) is there for tests.
 */
export function detectInMessage(parts: MessageParts, apartFrom = SCAN_APART_FROM): Finding[] {
  const { subject, body } = parts;
  const joined = () => detectPersonalDataAt(messageText(subject, body), 0);
  if (body.length < Math.max(apartFrom, HEAD_CHARS + CONTEXT_REACH)) return joined();
  const head = body.slice(0, HEAD_CHARS + CONTEXT_REACH);
  if (REMOVED_UNITS.test(head)) return joined();
  const seam = bodyStart(parts) + HEAD_CHARS;
  const found: Finding[] = [];
  let end = 0;
  for (const f of detectPersonalDataAt(messageText(subject, head), 0)) {
    if (f.start >= seam) break;
    found.push(f);
    end = f.end;
  }
  if (end > seam + CONTEXT_REACH / 2) return joined();
  for (const f of detectPersonalDataAt(body, bodyStart(parts))) if (f.start >= seam && f.start >= end) found.push(f);
  return found;
}

/** `messageText(subject, body).slice(start, end)`, read from the part that holds it. */
export function sliceMessage(parts: MessageParts, start: number, end: number): string {
  const at = bodyStart(parts);
  if (start >= at) return parts.body.slice(start - at, end - at);
  if (end <= parts.subject.length) return parts.subject.slice(start, end);
  return messageText(parts.subject, parts.body).slice(start, end); // across the blank line: never a finding
}

/** `maskFinding(messageText(subject, body), finding)`, reading the finding from the part that holds it. */
export function maskMessageFinding(parts: MessageParts, finding: Finding): string {
  const at = bodyStart(parts);
  if (finding.start >= at) {
    return maskFinding(parts.body, { ...finding, start: finding.start - at, end: finding.end - at });
  }
  if (finding.end <= parts.subject.length) return maskFinding(parts.subject, finding);
  return maskFinding(messageText(parts.subject, parts.body), finding);
}
