import fc from 'fast-check';
import { defaultPolicy } from '../../../../shared';
import { compileRules } from '../../../../shared/core/classify/compile-rules';
import { matchPhrases, type PhraseEntry, type PhraseMatcher } from '../../../../shared/core/classify/phrase-matcher';

/** The matcher's loop as it was before `match` (before commit 16da436): one `exec` a phrase over the lower-cased text. */
function execLoop(matcher: PhraseMatcher, text: string, distinct: boolean): PhraseEntry[] {
  const out: PhraseEntry[] = [];
  const seen = new Set<string>();
  const { regex } = matcher;
  regex.lastIndex = 0;
  const lower = text.toLowerCase();
  for (let m = regex.exec(lower); m !== null; m = regex.exec(lower)) {
    const raw = m[0];
    if (distinct && seen.has(raw)) continue;
    seen.add(raw);
    const key = raw.replace(/[^a-z0-9]+/g, ' ');
    const exact = matcher.whole.get(key);
    if (exact) out.push(...exact);
    for (let end = key.lastIndexOf(' ') + 2; end <= key.length; end++)
      out.push(...(matcher.stems.get(key.slice(0, end)) ?? []));
  }
  return out;
}

const rules = compileRules(defaultPolicy);
const phrases = defaultPolicy.categories.flatMap((c) => [...c.rules.subject, ...c.rules.body]);
// Texts made of the policy's own phrases (any case, stems run on, separators swapped), words, digits and
// separators of every width, mostly but not always between words.
const separator = fc.constantFrom(' ', '  ', '-', ' - ', '\n', '...', '....', '_', "'", '’', '(', '/', '\u00a0', ', ');
const phrase = fc
  .tuple(fc.constantFrom(...phrases), separator, fc.constantFrom('', 's', 'ed', 'ing', '_'), fc.boolean())
  .map(([p, sep, ending, upper]) => {
    const written = p.replace(/\*$/, ending).replace(/ /g, sep);
    return upper ? written.toUpperCase() : written;
  });
const token = fc.oneof(
  { arbitrary: phrase, weight: 3 },
  fc.constantFrom('the', 'invoiced', 'refunds_', 'pc', 'wifi', 'Wi-Fi', 'İnvoice', 'Kelvin \u212Aey', '42', 'x'),
  fc.string({ maxLength: 4 }),
);
const text = fc
  .array(fc.tuple(token, fc.oneof({ arbitrary: separator, weight: 4 }, fc.constant(''))), { maxLength: 30 })
  .map((parts) => parts.flat().join(''));

describe('phrase matcher (one `match` call) against the exec loop it replaced', () => {
  for (const [name, matcher] of [
    ['body', rules.body],
    ['subject', rules.subject],
  ] as const) {
    it(`finds the same ${name} phrases, in order and each time they occur, or once each when distinct`, () => {
      fc.assert(
        fc.property(text, fc.boolean(), (t, distinct) => {
          const found: PhraseEntry[] = [];
          matchPhrases(matcher, t, (entries) => found.push(...entries), distinct);
          expect(found).toEqual(execLoop(matcher, t, distinct));
        }),
        { numRuns: 1500 },
      );
    });
  }
});
