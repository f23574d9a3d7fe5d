import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChain, EMPTY_HEAD, sealEntries } from '../../../shared/store/audit-chain';
import type { AuditEntry } from '../../../shared/store/types';

const draft = (n: number) => ({
  at: new Date(Date.UTC(2026, 10, 25, 12, 0, n)).toISOString(),
  actor: `manager${n % 3}@example.co.uk`,
  type: 'decision' as const,
  target: `mbx/m${n}`,
  details: { n, reason: `Reviewed ${n}` },
});

type Tamper = { kind: 'edit' | 'delete' | 'swap'; at: number };

function tamper(log: readonly AuditEntry[], t: Tamper): AuditEntry[] {
  const copy = [...log];
  const i = t.at % copy.length;
  if (t.kind === 'edit') copy[i] = { ...copy[i]!, details: { ...copy[i]!.details, reason: 'changed' } };
  if (t.kind === 'delete') copy.splice(i, 1);
  if (t.kind === 'swap' && i + 1 < copy.length) [copy[i], copy[i + 1]] = [copy[i + 1]!, copy[i]!];
  return copy;
}

describe('audit chain, property', () => {
  it('any single edit, deletion (not of the last entry) or swap is reported at or next to the entry touched', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 25 }),
        fc.record({ kind: fc.constantFrom<Tamper['kind']>('edit', 'delete', 'swap'), at: fc.nat() }),
        async (n, t) => {
          const log = await sealEntries(
            Array.from({ length: n }, (_, i) => draft(i + 1)),
            EMPTY_HEAD,
          );
          const i = t.at % n;
          fc.pre(!(t.kind === 'swap' && i + 1 >= n) && !(t.kind === 'delete' && i === n - 1));
          const { problems } = await checkChain(tamper(log, t), EMPTY_HEAD);
          const touched = log[i]!.seq;
          expect(problems.length).toBeGreaterThan(0);
          expect(problems.some((p) => Math.abs(p.seq - touched) <= 1)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an untouched chain of any length verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40 }), async (n) => {
        const log = await sealEntries(
          Array.from({ length: n }, (_, i) => draft(i + 1)),
          EMPTY_HEAD,
        );
        expect((await checkChain(log, EMPTY_HEAD)).problems).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
