/**
 * IP addresses: IPv4 dotted quads (`192.0.2.10`) and IPv6 (`2001:db8::1`, `fe80::1ff:fe23:4567:890a`).
 * Version strings are not addresses: `10.0.19045.1` has a group over 255, and `7.2.8.0` — four single digits, or any
 * quad after words like "version", "build", "v" — reads as a version unless an IP label says otherwise.
 */
import { isAlnum, lineBefore } from '../context';
import type { Detector, Emit } from '../detector';
import { findIpv6 } from './ipv6';

const IP_LABEL =
  /\bip\b|ipv4|address|\bping\b|gateway|\bdns\b|subnet|router|\bhost\b|\bserver\b|\brdp\b|connect|firewall|whitelist|allowlist/;
/** Version words right before the quad ("firmware 3.2.1.8", "update the agent to 7.2.8.0", "v4.1.0.3"). */
const VERSION_LABEL =
  /(?:version|\bver\b|\bv|\bbuild|release|firmware|update|upgrade|patch|driver|\bkb\d*|\bsp\d?|\brev(?:ision)?|edition)\b[^.;:!?\d]{0,24}$/;

function octet(s: string): boolean {
  return s.length <= 3 && Number(s) <= 255 && (s.length === 1 || s[0] !== '0');
}

function checkQuad(text: string, start: number, end: number, parts: string[], emit: Emit): void {
  const prev = text.charCodeAt(start - 1);
  if (isAlnum(prev) || prev === 46 || prev === 45) return; // `v7.2.8.0`, `1.2.3.4.5`, `-1.2…`
  const next = text.charCodeAt(end);
  if (isAlnum(next) || next === 45 || (next === 46 && isAlnum(text.charCodeAt(end + 1)))) return;
  if (!parts.every(octet)) return;
  const line = lineBefore(text, start, 40);
  const labelled = IP_LABEL.test(line);
  // Version words count only in the same sentence ("update the agent to 7.2.8.0"), not the one before.
  const clause = line.slice(Math.max(line.lastIndexOf('. '), line.lastIndexOf('; '), line.lastIndexOf('? ')) + 1);
  const versionish = VERSION_LABEL.test(clause) || parts.every((p) => p.length === 1);
  if (versionish && !/\bip\b|ipv4|ip address/.test(line)) return;
  emit(start, end, labelled ? 0.95 : 0.85);
}

/** The IP address detector (IPv4 from the digit runs, IPv6 from `:`). */
export const ipAddressDetector: Detector = {
  kind: 'ip_address',
  detect(scan, emit) {
    const text = scan.text;
    for (const run of scan.numberRuns()) {
      // Any four groups joined by dots, not part of a longer dotted run ("(198.51.100.61)" follows "PC-1 ").
      for (let g = 0; g + 3 < run.count; g++) {
        if (run.sep(g) !== '.' || run.sep(g + 1) !== '.' || run.sep(g + 2) !== '.') continue;
        if ((g > 0 && run.sep(g - 1) === '.') || run.sep(g + 3) === '.') continue;
        checkQuad(
          text,
          run.groupStart(g)!,
          run.groupEnd(g + 3)!,
          [g, g + 1, g + 2, g + 3].map((k) => text.slice(run.groupStart(k), run.groupEnd(k))),
          emit,
        );
      }
    }
    findIpv6(text, emit);
  },
  positives: [
    { text: 'My IP address is 203.0.113.45, can you allow it?', match: '203.0.113.45' },
    { text: 'ping 192.0.2.10 from the office', match: '192.0.2.10' },
    { text: 'connection from 198.51.100.7:3389 was refused', match: '198.51.100.7' },
    { text: 'the router shows 2001:db8::1 as its address', match: '2001:db8::1' },
    { text: 'IP: 1.1.1.1', match: '1.1.1.1' },
  ],
  negatives: [
    'Windows version 10.0.19045.1 is installed.',
    'Please update the agent to 7.2.8.0 tonight.',
    'Release v4.12.0.3 fixed it.',
    'Meeting at 10:30:00 on 2024-05-01.',
    'MAC 00:1A:2B:3C:4D:5E on the label.',
  ],
};
