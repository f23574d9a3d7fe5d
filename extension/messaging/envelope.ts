/**
 * The wire format of the protocol: each message travels as one JSON string (`{ mailguard: "…" }`). Chromium copies an
 * extension message field by field into its own value type and back; one string instead of hundreds of nested row
 * objects makes that copy cheap on the webmail page's main thread (the batch of 500 list rows, the labels coming back).
 * Extension messaging is JSON-only anyway, so nothing is lost.
 */

/** A sealed message. */
export interface Envelope {
  readonly mailguard: string;
}

/** True for a sealed message. */
export function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).mailguard === 'string';
}

/** Seals a value for sending. */
export function seal(value: unknown): Envelope {
  return { mailguard: JSON.stringify(value) };
}

/** The value inside a sealed message (a plain message is returned as is); throws SyntaxError on a corrupt envelope. */
export function unseal(message: unknown): unknown {
  return isEnvelope(message) ? JSON.parse(message.mailguard) : message;
}
