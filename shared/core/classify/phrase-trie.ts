/**
 * Builds one regular expression that finds any of a set of words, shaped as a trie (`pay(?:ment|pal)?`) so the
 * engine tests each position against shared prefixes once, not word by word. Whole words must end there (`\b`);
 * stems (`refund` of `refund*`) may continue. It runs on lower-cased text, without the slower `i` flag.
 */

interface Node {
  whole: boolean;
  stem: boolean;
  readonly next: Map<string, Node>;
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function source(node: Node): string {
  const branches = [...node.next]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, child]) => escapeChar(c) + source(child));
  // Longer words first; then a whole word ending here, then a stem ending here (which needs nothing more).
  if (node.whole && !node.stem) branches.push('\\b');
  if (node.stem) branches.push('');
  if (branches.length === 1) return branches[0] as string;
  return `(?:${branches.join('|')})`;
}

/** A global regex matching any of `words` (lower case) starting at a word boundary; `stems` may continue. */
export function wordTrie(words: Iterable<string>, stems: Iterable<string> = []): RegExp {
  const root: Node = { whole: false, stem: false, next: new Map() };
  const insert = (word: string): Node => {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) {
        child = { whole: false, stem: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    return node;
  };
  for (const word of words) insert(word).whole = true;
  for (const stem of stems) insert(stem).stem = true;
  // An empty trie must match nothing: `(?!)` never matches.
  return new RegExp(root.next.size ? `\\b${source(root)}` : '(?!)', 'g');
}
