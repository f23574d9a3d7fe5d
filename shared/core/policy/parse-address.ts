/**
 * Reads one mail address as people and clients write it: `a@b.example`, `<a@b.example>`,
 * `Name <a@b.example>`, `"Surname, Name" <a@b.example>`. Domains come back lower-case ASCII (IDN → punycode).
 */
import punycode from 'punycode/punycode.js';

/** One parsed address. */
export interface ParsedAddress {
  /** `local@domain`, domain lower-cased and in ASCII. */
  readonly address: string;
  readonly local: string;
  readonly domain: string;
  /** The display name, unquoted, or '' when none. */
  readonly displayName: string;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const LOCAL = /^[^\s@<>()[\]\\,;:"]{1,64}$/;

/** Parses one address; `undefined` when it is not a usable mail address. Never throws. */
export function parseAddress(raw: string): ParsedAddress | undefined {
  if (typeof raw !== 'string' || raw.length > 1000) return undefined;
  let text = raw.trim();
  let displayName = '';
  const open = text.lastIndexOf('<');
  if (open >= 0) {
    const close = text.indexOf('>', open);
    if (close < 0 || text.slice(close + 1).trim() !== '') return undefined;
    displayName = text
      .slice(0, open)
      .trim()
      .replace(/^"([\s\S]*)"$/, '$1')
      .trim();
    text = text.slice(open + 1, close).trim();
  }
  text = text.replace(/^mailto:/i, '');
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = text.slice(0, at);
  if (!LOCAL.test(local)) return undefined;
  const domain = asciiDomain(text.slice(at + 1));
  if (!domain) return undefined;
  return { address: `${local}@${domain}`, local, domain, displayName };
}

/** Lower-case ASCII form of a domain (IDN to punycode), or `undefined` when it is not a valid host name. */
export function asciiDomain(raw: string): string | undefined {
  let domain = raw.trim().toLowerCase().replace(/\.$/, '');
  if (!domain || domain.length > 253) return undefined;
  if (/[^ -~]/.test(domain)) {
    try {
      domain = punycode.toASCII(domain.normalize('NFC'));
    } catch {
      return undefined;
    }
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  const tld = labels[labels.length - 1] ?? '';
  return /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld) ? domain : undefined;
}
