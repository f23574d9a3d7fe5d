/**
 * The sealed wire format: a message as one JSON string (`{ mailguard: "…" }`). The background accepts it beside plain
 * messages and answers a sealed request sealed. Our senders no longer seal: Chromium (156) serialises an extension
 * message to JSON itself, so sealing first only added a second pass over it on the webmail page's main thread
 * (500 list rows: ~0.6 ms more to send, ~0.3 ms more to read the reply; see send-request.ts).
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
