/**
 * Regression check on the generated mail corpus (the benchmark's, smaller): every planted value is found over its exact
 * span and nothing else is reported — the look-alikes mixed in (orders, tickets, versions, amounts, expiry dates, VAT
 * numbers, timestamps) stay unreported. Synthetic, so it guards against regressions rather than proving real-world
 * quality (the per-detector tests hold hand-written mail for that).
 */
import { detectPersonalData } from '../../../../shared/core/detect';
import { generateMailCorpus } from '../../../fixtures/detect/mail-corpus';

describe('generated mail corpus', () => {
  it('finds every planted value exactly and reports nothing else', () => {
    const corpus = generateMailCorpus(400_000, 7);
    const found = detectPersonalData(corpus.text);
    const show = (f: { kind: string; start: number; end: number }) => `${f.kind}: ${corpus.text.slice(f.start, f.end)}`;
    const key = (f: { kind: string; start: number; end: number }) => `${f.kind}:${f.start}:${f.end}`;
    const foundKeys = new Set(found.map(key));
    const plantedKeys = new Set(corpus.planted.map(key));
    expect(corpus.planted.filter((p) => !foundKeys.has(key(p))).map(show)).toEqual([]);
    expect(found.filter((f) => !plantedKeys.has(key(f))).map(show)).toEqual([]);
  });
});
