/**
 * A short, salted, one-way digest of a mail address (FNV-1a, 2 × 32 bits), so caches the add-in keeps on the user's
 * devices hold no addresses. Synchronous and dependency-free: the JavaScript-only runtime has no `crypto.subtle`.
 * Not a security boundary (the cache is the user's own); it only keeps addresses out of stored settings.
 */

const SALT = 'mailguard-addr-v1:';

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Digest of `address`, case-insensitive and trimmed: 16 hex characters. */
export function addressHash(address: string): string {
  const text = SALT + address.trim().toLowerCase();
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
  return a + b;
}
