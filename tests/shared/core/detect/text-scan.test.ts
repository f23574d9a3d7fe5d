import fc from 'fast-check';
import { keywordTrie } from '../../../../shared/core/detect/keyword-trie';
import { createTextScan } from '../../../../shared/core/detect/text-scan';

const trie = keywordTrie(['pass', 'user', 'name', 'host', 'code', 'key', 'dot', 'log in']);
/** Word sets as detectors ask for them: constant objects, some sharing words. */
const SETS: readonly ReadonlySet<string>[] = [
  new Set(['pass', 'user', 'log in']),
  new Set(['name', 'host']),
  new Set(['name']),
  new Set(['code', 'key']),
  new Set(['dot', 'missing']),
];

/** The hits of `words`, one trigger at a time. */
function reference(text: string, words: ReadonlySet<string>): number[] {
  const { positions, ids } = trie.find(text);
  return positions.filter((_, i) => words.has(trie.words[ids[i]!]!));
}

describe('TextScan.hits', () => {
  it('gives each set its own triggers in text order, on short and long texts, whatever the order asked', () => {
    const piece = fc.constantFrom('pass', 'User', 'name', 'HOST', 'code', 'key', 'dot', 'log in', 'x', 'bypass');
    const gap = fc.constantFrom(' ', '\n', '', ', ');
    const text = fc
      .tuple(fc.array(fc.tuple(piece, gap), { maxLength: 40 }), fc.nat({ max: 40 }))
      .map(([parts, times]) =>
        parts
          .map(([w, g]) => w + g)
          .join('')
          .repeat(times),
      );
    const order = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 1 });
    fc.assert(
      fc.property(text, order, (t, picks) => {
        const scan = createTextScan(t, trie);
        for (const k of [...picks, ...picks]) expect(scan.hits(SETS[k]!)).toEqual(reference(t, SETS[k]!));
        const fresh = new Set(['key', 'pass']); // a set never asked before
        expect(scan.hits(fresh)).toEqual(reference(t, fresh));
      }),
      { numRuns: 300 },
    );
  });
});
