/**
 * Builds one regular expression that finds any of a set of phrases, shaped as a trie (`pay(?:ment|pal)`), so the
 * engine tests each position against shared prefixes once rather than phrase by phrase. A space in a phrase matches
 * a short run of spaces or punctuation (1–3 characters, line breaks included); a whole phrase must end at a word
 * boundary; a stem (`refund` of `refund*`) may run on to the end of its word. Letters match in either case (ASCII
 * case-insensitive: the text needs no lower-cased copy).
 */

interface Node {
  whole: boolean;
  stem: boolean;
  readonly next: Map<string, Node>;
}

/** What a space between two words of a phrase matches. */
const SEPARATOR = '[^a-zA-Z0-9]{1,3}';

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function source(node: Node): string {
  const branches = [...node.next]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, child]) => (c === ' ' ? SEPARATOR : escapeChar(c)) + source(child));
  // Longer phrases first; then a stem running on to its word's end, or a whole phrase ending here.
  if (node.stem) branches.push('[a-zA-Z0-9]*');
  else if (node.whole) branches.push('\\b');
  if (branches.length === 1) return branches[0] as string;
  return `(?:${branches.join('|')})`;
}

/** One phrase: lower-case words joined by single spaces; `stem` when its last word may continue. */
export interface TriePhrase {
  readonly text: string;
  readonly stem: boolean;
}

/** A global regex matching any of `phrases` starting at a word boundary (never matches when there are none). */
export function phraseTrie(phrases: Iterable<TriePhrase>): RegExp {
  const root: Node = { whole: false, stem: false, next: new Map() };
  for (const { text, stem } of phrases) {
    let node = root;
    for (const c of text) {
      let child = node.next.get(c);
      if (!child) {
        child = { whole: false, stem: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    if (stem) node.stem = true;
    else node.whole = true;
  }
  return new RegExp(root.next.size ? `\\b${source(root)}` : '(?!)', 'gi');
}
