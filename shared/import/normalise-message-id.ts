/**
 * The key an imported message is stored under: its Message-ID without angle brackets or whitespace (the same
 * normalisation the Graph scan applies to `internetMessageId`, so both meet the same record), or — when a message has
 * none — a stable SHA-256 of the headers that identify it, so importing the same file twice updates, not duplicates.
 */

/** `<a.b@example.test>` → `a.b@example.test`; empty or bracket-only values → undefined. Case is kept (RFC 5322). */
export function normaliseMessageId(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const bracketed = /<([^<>]*)>/.exec(raw);
  const id = (bracketed ? bracketed[1]! : raw).replace(/\s+/g, '');
  return id.length ? id : undefined;
}

/** Prefix of the fallback key, so a hash key is never mistaken for a real Message-ID. */
export const HASH_KEY_PREFIX = 'sha256:';

/**
 * `sha256:<64 hex>` over the unfolded, whitespace-collapsed values of From, To, Cc, Date, Subject, In-Reply-To and
 * References (headers that survive re-export; not Received or X- headers, which tools add or change).
 */
export async function headerHashKey(headers: readonly { key: string; value: string }[]): Promise<string> {
  const picked = ['from', 'to', 'cc', 'date', 'subject', 'in-reply-to', 'references'].map((name) =>
    headers
      .filter((h) => h.key === name)
      .map((h) => h.value.replace(/\s+/g, ' ').trim())
      .join('\u0001'),
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(picked.join('\n')));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return HASH_KEY_PREFIX + hex;
}
