/**
 * Splits a draft's text into the writer's own part and what it quotes or forwards (someone else's mail), and
 * finds the writer's signature at the end of their own part. Offsets index `messageText(subject, body)`.
 */
import { bodyStart, type MessageParts } from '../classify/message-text';

/** Where the parts of a draft lie. */
export interface DraftRegions {
  /** Offset where quoted or forwarded content starts (text length when there is none). */
  readonly quotedFrom: number;
  /** The writer's signature block `[start, end)` (empty when none is found). */
  readonly signature: readonly [number, number];
}

// Markers that start someone else's mail: "> " quotes, Outlook/Gmail/Apple forward and reply headers.
const QUOTE_START =
  /^(?:>|-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|Begin forwarded message:|On [^\n]{1,200}\bwrote:\s*$|From: [^\n]{1,300}\n(?:Sent|Date): )/gim;

// Sign-off lines that open a signature block.
const SIGN_OFF =
  /^(?:--|kind regards|best regards|warm regards|regards|many thanks|thanks|thank you|best wishes|all the best|best|cheers|yours sincerely|yours faithfully|sincerely)[ \t]*[,.!]?[ \t]*$/gim;

const SIGNATURE_WINDOW = 1500;

/** Finds the quoted part and the signature of a draft (both in its body). */
export function splitDraft(draft: MessageParts): DraftRegions {
  const { body } = draft;
  const at = bodyStart(draft);
  QUOTE_START.lastIndex = 0;
  const quote = QUOTE_START.exec(body);
  const quotedFrom = quote ? quote.index : body.length;
  // The signature closes the writer's own part: look only in its last lines.
  const windowStart = Math.max(0, quotedFrom - SIGNATURE_WINDOW);
  const window = body.slice(windowStart, quotedFrom);
  let signOff = -1;
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(window); m !== null; m = SIGN_OFF.exec(window)) signOff = m.index;
  const signature: [number, number] =
    signOff >= 0 ? [at + windowStart + signOff, at + quotedFrom] : [at + quotedFrom, at + quotedFrom];
  return { quotedFrom: at + quotedFrom, signature };
}
