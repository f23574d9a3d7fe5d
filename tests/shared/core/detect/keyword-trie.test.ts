import { keywordTrie } from '../../../../shared/core/detect/keyword-trie';

/** The words found in `text`, with where they start. */
function found(words: readonly string[], text: string): [number, string][] {
  const trie = keywordTrie(words);
  const hits = trie.find(text);
  return hits.positions.map((p, i) => [p, trie.words[hits.ids[i]!]!]);
}

describe('keywordTrie', () => {
  it('finds triggers where words start, case-insensitively, not inside words', () => {
    expect(found(['pass', 'pin'], 'Password, bypass and PIN; spin')).toEqual([
      [0, 'pass'],
      [21, 'pin'],
    ]);
  });

  it('takes the longest trigger at a position and goes on after it', () => {
    expect(found(['local', 'localdomain', 'log in', 'login'], 'host.localdomain then log in, LOGIN')).toEqual([
      [5, 'localdomain'],
      [22, 'log in'],
      [30, 'login'],
    ]);
  });

  it('reads triggers with punctuation and spaces (titles, labels)', () => {
    expect(found(['mr ', 'mrs.', 'd.o.b', 'contact:'], 'Mr Smith, Mrs. Jones, D.O.B 1/2/80, Contact: x')).toEqual([
      [0, 'mr '],
      [10, 'mrs.'],
      [22, 'd.o.b'],
      [36, 'contact:'],
    ]);
  });

  it('gives the same hits when one trigger ends in another that starts a word ("log in" over "in")', () => {
    expect(found(['log in', 'in', 'desk', 'any desk'], 'log in, in, any desk, desk, login')).toEqual([
      [0, 'log in'],
      [8, 'in'],
      [12, 'any desk'],
      [22, 'desk'],
    ]);
  });

  it('finds nothing in text without triggers, and nothing for no triggers', () => {
    expect(found(['pass'], 'nothing to see — café, naïve')).toEqual([]);
    expect(found([], 'pass')).toEqual([]);
  });

  it('rejects triggers that are not ASCII or do not start with a letter or digit', () => {
    expect(() => keywordTrie([' pass'])).toThrow(TypeError);
    expect(() => keywordTrie(['café'])).toThrow(TypeError);
  });
});
