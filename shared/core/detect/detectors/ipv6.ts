/**
 * IPv6 addresses, found from each `:` with a bounded expansion (at most 45 characters), then validated: hex groups
 * of 1–4 digits, at most one `::`, eight groups without `::`. Times (`10:30:00`) and MAC addresses
 * (`00:1A:2B:3C:4D:5E`, six groups) fail.
 */
import { isAsciiWordCode } from '../context';
import type { Emit } from '../detector';

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** True when `text[s..e)` holds a hex letter (`a`–`f`, either case). */
function hasHexLetter(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 102) return true;
  }
  return false;
}

/** True when `text[s, e)` holds `::`. */
function hasDoubleColon(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e; i++) if (text.charCodeAt(i) === 58 && text.charCodeAt(i - 1) === 58) return true;
  return false;
}

/** True when `s` is a valid IPv6 address text (no zone, no embedded IPv4). */
export function isIpv6(s: string): boolean {
  const double = s.indexOf('::');
  if (double !== s.lastIndexOf('::')) return false;
  const groups = s.split(':');
  if (double === -1) {
    return groups.length === 8 && groups.every((g) => g.length >= 1 && g.length <= 4);
  }
  const filled = groups.filter((g) => g.length > 0);
  if (filled.length === 0 || filled.length > 7) return false;
  if (!filled.every((g) => g.length <= 4)) return false;
  // Inner empty groups only around the one `::`.
  return (
    s
      .replace('::', ':')
      .split(':')
      .filter((g, i, all) => g.length === 0 && i > 0 && i < all.length - 1).length === 0
  );
}

/** Finds IPv6 addresses and reports them (confidence 0.9). */
export function findIpv6(text: string, emit: Emit): void {
  let done = 0;
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    if (c < done) continue;
    const left = text.charCodeAt(c - 1);
    const right = text.charCodeAt(c + 1);
    if (!(isHex(left) || left === 58) || !(isHex(right) || right === 58)) continue;
    let s = c;
    while (s > 0 && c - s < 40 && (isHex(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 58)) s--;
    let e = c + 1;
    while (e < text.length && e - s < 45 && (isHex(text.charCodeAt(e)) || text.charCodeAt(e) === 58)) e++;
    done = e;
    if (isAsciiWordCode(text.charCodeAt(s - 1)) || isAsciiWordCode(text.charCodeAt(e)) || text.charCodeAt(e) === 46)
      continue;
    // Mostly-decimal short groups without letters read as times or ratios, not addresses (checked first, before any
    // copy: it rules out the many times in mail before the full check).
    if (!hasHexLetter(text, s, e) && !hasDoubleColon(text, s, e)) continue;
    const candidate = text.slice(s, e);
    if (candidate.length < 3 || !isIpv6(candidate)) continue;
    emit(s, e, 0.9);
  }
}
