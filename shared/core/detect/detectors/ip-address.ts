/**
 * IP addresses: IPv4 dotted quads (`192.0.2.10`) and IPv6 (`2001:db8::1`, `fe80::1ff:fe23:4567:890a`).
 * Version strings are not addresses: `10.0.19045.1` has a group over 255, and `7.2.8.0` — four single digits, or any
 * quad after words like "version", "build", "v" — reads as a version unless an IP label says otherwise.
 */
import { isAlnum, lineBefore } from '../context';
import type { Detector, Emit } from '../detector';
import type { NumberRun } from '../number-runs';
import { findIpv6 } from './ipv6';

const IP_LABEL =
  /\bip\b|ipv4|address|\bping\b|gateway|\bdns\b|subnet|router|\bhost\b|\bserver\b|\brdp\b|connect|firewall|whitelist|allowlist/;
/** Version words right before the quad ("firmware 3.2.1.8", "update the agent to 7.2.8.0", "v4.1.0.3"). */
const VERSION_LABEL =
  /(?:version|\bver\b|\bv|\bbuild|release|firmware|update|upgrade|patch|driver|\bkb\d*|\bsp\d?|\brev(?:ision)?|edition)\b[^.;:!?\d]{0,24}$/;

/** True when group `g` of the run is an octet: 0–255 without a leading zero (read in place, no copy). */
function octet(text: string, run: NumberRun, g: number): boolean {
  const s = run.groupStart(g)!;
  const n = run.groupEnd(g)! - s;
  if (n === 1) return true;
  if (n > 3 || text.charCodeAt(s) === 48) return false;
  let value = 0;
  for (let i = s; i < s + n; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value <= 255;
}

/** The dotted quad of groups `g..g+3` of `run`, reported unless its surroundings make it a version or part of a word. */
function checkQuad(text: string, run: NumberRun, g: number, emit: Emit): void {
  const start = run.groupStart(g)!;
  const end = run.groupEnd(g + 3)!;
  const prev = text.charCodeAt(start - 1);
  if (isAlnum(prev) || prev === 46 || prev === 45) return; // `v7.2.8.0`, `1.2.3.4.5`, `-1.2…`
  const next = text.charCodeAt(end);
  if (isAlnum(next) || next === 45 || (next === 46 && isAlnum(text.charCodeAt(end + 1)))) return;
  if (!octet(text, run, g) || !octet(text, run, g + 1) || !octet(text, run, g + 2) || !octet(text, run, g + 3)) return;
  const line = lineBefore(text, start, 40);
  const labelled = IP_LABEL.test(line);
  // Version words count only in the same sentence ("update the agent to 7.2.8.0"), not the one before.
  const clause = line.slice(Math.max(line.lastIndexOf('. '), line.lastIndexOf('; '), line.lastIndexOf('? ')) + 1);
  const versionish = VERSION_LABEL.test(clause) || end - start === 7; // four single digits: `7.2.8.0`
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
        checkQuad(text, run, g, emit);
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
