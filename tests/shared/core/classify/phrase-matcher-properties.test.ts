import fc from 'fast-check';
import { defaultPolicy } from '../../../../shared';
import { compileRules } from '../../../../shared/core/classify/compile-rules';
import { matchPhrases, type PhraseEntry, type PhraseMatcher } from '../../../../shared/core/classify/phrase-matcher';

/**
 * The matcher's loop as it was before `match` (before commit 16da436): one `exec` a phrase over the text with its ASCII
 * letters lower-cased (before 2026-11-25 it ran on `toLowerCase()`, which also turns `İ` into `i̇` and `K` into `k`),
 * each match's words looked up as a key.
 */
function execLoop(matcher: PhraseMatcher, text: string, distinct: boolean): PhraseEntry[] {
  const out: PhraseEntry[] = [];
  const seen = new Set<string>();
  const { regex } = matcher;
  regex.lastIndex = 0;
  // ASCII letters only, as the matcher documents (`İ` and the Kelvin sign stay what they are: not word characters).
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  // Distinct: each phrase (a whole phrase's words, or a stem) once, however it was written.
  const add = (id: string, entries: readonly PhraseEntry[] | undefined) => {
    if (!entries || (distinct && seen.has(id))) return;
    seen.add(id);
    out.push(...entries);
  };
  for (let m = regex.exec(lower); m !== null; m = regex.exec(lower)) {
    const key = m[0].replace(/[^a-z0-9]+/g, ' ');
    add(`whole ${key}`, matcher.whole.get(key));
    for (let end = key.lastIndexOf(' ') + 2; end <= key.length; end++) {
      add(`stem ${key.slice(0, end)}`, matcher.stems.get(key.slice(0, end)));
    }
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
