/**
 * SHA-256 through WebCrypto (`crypto.subtle`, present in browsers, the Outlook add-in's web view and Node ≥ 19),
 * canonical serialisation for hashing, and address normalisation.
 */

/** SHA-256 of a UTF-8 string, as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const bytes = new Uint8Array(digest);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Deterministic JSON: object keys sorted, `undefined` members dropped, arrays kept in order. Two equal values
 * always give the same string, whatever order their keys were written in (IndexedDB does not keep key order).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const rec = value as Record<string, unknown>;
  const keys = Object.keys(rec)
    .filter((k) => rec[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(rec[k])}`).join(',')}}`;
}

/**
 * The bare lower-cased address from `"Name" <a@b.example>` or `a@b.example`, trimmed.
 * @throws TypeError when there is no `@` in it.
 */
export function normaliseAddress(address: string): string {
  const angle = /<([^<>]+)>\s*$/.exec(address);
  const bare = (angle?.[1] ?? address).trim().toLowerCase();
  if (!bare.includes('@')) throw new TypeError(`not an email address: ${JSON.stringify(address)}`);
  return bare;
}

/** The domain part of an address (lower-cased). */
export function domainOf(address: string): string {
  const bare = normaliseAddress(address);
  return bare.slice(bare.lastIndexOf('@') + 1);
}

/** SHA-256 of the normalised address: what the store keeps instead of the address. */
export function hashAddress(address: string): Promise<string> {
  return sha256Hex(normaliseAddress(address));
}
