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

  it('gives each call its own hits, for texts with more hits than it keeps room for and fewer, in any order', () => {
    const trie = keywordTrie(['pass', 'pin']);
    const long = 'pass pin x '.repeat(3000); // 6000 hits
    const short = 'PIN then password';
    const first = trie.find(long);
    const small = trie.find(short);
    const again = trie.find(long);
    expect(first.positions.length).toBe(6000);
    expect(first.positions.slice(0, 3)).toEqual([0, 5, 11]);
    expect(first.ids.slice(0, 2).map((id) => trie.words[id])).toEqual(['pass', 'pin']);
    expect(again).toEqual(first);
    expect(small.positions).toEqual([0, 9]);
    expect(small.ids.map((id) => trie.words[id])).toEqual(['pin', 'pass']);
    expect(trie.find(short)).toEqual(small);
    trie.find('pin pin pin pass');
    expect(small.positions).toEqual([0, 9]); // a short text's hits are its own copy
    expect(first.positions.length).toBe(6000); // the long text's hits were not reused by the calls after it
  });

  it('rejects triggers that are not ASCII or do not start with a letter or digit', () => {
    expect(() => keywordTrie([' pass'])).toThrow(TypeError);
    expect(() => keywordTrie(['café'])).toThrow(TypeError);
  });
});
