/**
 * The overlap rule, applied to all findings of one text (documented in CONTRIBUTING "Add a detector"):
 *
 * 1. A finding inside a wider one is dropped: the wider one carries the context and covers the same text
 *    (an email over its domain, a URL over its host or IP, an address over its postcode, a credential over the
 *    email that is its username). Equal spans keep the higher confidence, then the earlier kind in
 *    `PERSONAL_DATA_KINDS`.
 * 2. Of two findings that overlap partly, the higher confidence stays (then the longer, then the earlier kind).
 *
 * The result is sorted by start and no two findings overlap.
 */
import { type Finding, PERSONAL_DATA_KINDS } from '../types';

const KIND_ORDER = new Map(PERSONAL_DATA_KINDS.map((k, i) => [k, i]));

function rank(f: Finding): number {
  return KIND_ORDER.get(f.kind) ?? 0;
}

/** True when `a` should win over `b` in a partial overlap or an equal span. */
function beats(a: Finding, b: Finding): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return rank(a) < rank(b);
}

/** Applies the overlap rule; returns a new sorted array. */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  if (findings.length === 0) return [];
  const sorted = findings
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end || (beats(a, b) ? -1 : beats(b, a) ? 1 : 0));
  // Rule 1: drop findings contained in an earlier (wider or equal, better) one.
  const outer: Finding[] = [];
  let maxEnd = -1;
  for (const f of sorted) {
    if (f.end <= maxEnd) continue;
    outer.push(f);
    maxEnd = f.end;
  }
  // Rule 2: `outer` has strictly increasing starts and ends; settle partial overlaps left to right.
  const out: Finding[] = [];
  for (const f of outer) {
    const last = out[out.length - 1];
    if (last === undefined || f.start >= last.end) out.push(f);
    else if (beats(f, last)) out[out.length - 1] = f;
  }
  return out;
}
