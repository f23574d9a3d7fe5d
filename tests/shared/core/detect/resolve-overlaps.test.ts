import fc from 'fast-check';
import { resolveOverlaps } from '../../../../shared/core/detect/resolve-overlaps';
import { type Finding, PERSONAL_DATA_KINDS } from '../../../../shared/core/types';

/** The overlap rule written plainly (sort with a comparator, then the two passes): what resolveOverlaps must equal. */
function reference(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => PERSONAL_DATA_KINDS.indexOf(f.kind);
  const beats = (a: Finding, b: Finding) =>
    a.confidence !== b.confidence
      ? a.confidence > b.confidence
      : a.end - a.start !== b.end - b.start
        ? a.end - a.start > b.end - b.start
        : rank(a) < rank(b);
  const sorted = findings
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end || (beats(a, b) ? -1 : beats(b, a) ? 1 : 0));
  const outer: Finding[] = [];
  let maxEnd = -1;
  for (const f of sorted) {
    if (f.end > maxEnd) {
      outer.push(f);
      maxEnd = f.end;
    }
  }
  const out: Finding[] = [];
  for (const f of outer) {
    const last = out[out.length - 1];
    if (last === undefined || f.start >= last.end) out.push(f);
    else if (beats(f, last)) out[out.length - 1] = f;
  }
  return out;
}

const finding = fc
  .record({
    kind: fc.constantFrom(...PERSONAL_DATA_KINDS),
    start: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: 1, max: 30 }),
    confidence: fc.constantFrom(0.6, 0.8, 0.85, 0.9, 0.95),
  })
  .map(({ kind, start, length, confidence }): Finding => ({ kind, start, end: start + length, confidence }));

describe('resolveOverlaps', () => {
  it('equals the plainly written rule on any findings, in any order (runs of sorted ones included)', () => {
    const lists = fc.oneof(
      fc.array(finding, { maxLength: 60 }),
      // Detectors report in text order: several sorted runs one after another.
      fc
        .array(fc.array(finding, { maxLength: 20 }), { maxLength: 6 })
        .map((runs) => runs.flatMap((run) => run.slice().sort((a, b) => a.start - b.start))),
    );
    fc.assert(
      fc.property(lists, (findings) => {
        expect(resolveOverlaps(findings)).toEqual(reference(findings));
      }),
      { numRuns: 500 },
    );
  });

  it('equals the plainly written rule on many findings too (the bucket sort of long texts), bunched or spread', () => {
    const wide = fc
      .record({
        kind: fc.constantFrom(...PERSONAL_DATA_KINDS),
        start: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 5_000_000 })),
        length: fc.integer({ min: 1, max: 30 }),
        confidence: fc.constantFrom(0.6, 0.8, 0.85, 0.9, 0.95),
      })
      .map(({ kind, start, length, confidence }): Finding => ({ kind, start, end: start + length, confidence }));
    const lists = fc
      .array(fc.array(wide, { minLength: 20, maxLength: 200 }), { minLength: 2, maxLength: 8 })
      .map((runs) => runs.flatMap((run, k) => (k % 2 === 0 ? run.slice().sort((a, b) => a.start - b.start) : run)));
    fc.assert(
      fc.property(lists, (findings) => {
        expect(resolveOverlaps(findings)).toEqual(reference(findings));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the wider finding over one inside it, and the more confident of two that overlap partly', () => {
    const email: Finding = { kind: 'email', start: 0, end: 20, confidence: 0.97 };
    const domain: Finding = { kind: 'hostname', start: 5, end: 20, confidence: 0.85 };
    const phone: Finding = { kind: 'phone', start: 30, end: 42, confidence: 0.9 };
    const card: Finding = { kind: 'card_number', start: 35, end: 54, confidence: 0.99 };
    expect(resolveOverlaps([phone, card, domain, email])).toEqual([email, card]);
  });
});
