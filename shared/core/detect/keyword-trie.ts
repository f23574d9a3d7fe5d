/**
 * Builds one case-insensitive regular expression from literal trigger words, factored as a trie
 * (`p(?:ass|wd|in)|…`) so that a single pass over the text finds every detector's triggers quickly.
 * The result has no quantifiers, so it cannot backtrack.
 */

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function trieSource(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  let ends = false;
  for (const w of words) {
    if (w === '') ends = true;
    else groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w.slice(1)]);
  }
  const alternatives = [...groups].map(([c, rest]) => escapeRegex(c) + trieSource(rest));
  if (alternatives.length === 0) return '';
  // A word that ends here while longer ones continue: the longer ones are tried first (greedy `?`).
  if (ends) return `(?:${alternatives.join('|')})?`;
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/**
 * A global, case-insensitive regex matching any of `words` where a word starts (`\b`; the longest word at each
 * position). Triggers therefore start with a letter or digit: `pass` finds "password" and "Passcode", not "bypass".
 */
export function keywordTrie(words: readonly string[]): RegExp {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.length > 0).sort();
  for (const w of unique)
    if (!/^[a-z0-9]/.test(w))
      throw new TypeError(`keywordTrie: trigger ${JSON.stringify(w)} must start with a letter or digit`);
  return new RegExp(unique.length === 0 ? '(?!)' : `\\b${trieSource(unique)}`, 'gi');
}
