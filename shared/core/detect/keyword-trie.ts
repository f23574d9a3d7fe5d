/**
 * A compiled keyword trie: one pass over the text finds every detector's trigger words, case-insensitively, where a
 * word starts (`\b`), taking the longest trigger at each position and going on after it. The pass is one regex
 * factored as a trie (`p(?:ass|wd|in)|…`: no quantifiers, cannot backtrack; the engine's native scan beats a
 * character loop in JavaScript); each hit's word is then identified by walking a table trie over the match, so no
 * lower-cased copy or string hashing is needed per hit.
 */

/** Every trigger hit of one text, in text order: `positions[i]` is where word `ids[i]` starts. */
export interface KeywordHits {
  readonly positions: readonly number[];
  readonly ids: readonly number[];
}

/** A compiled set of trigger words (see {@link keywordTrie}). */
export interface KeywordTrie {
  /** The trigger words, lower-case and unique; a hit's id indexes this list. */
  readonly words: readonly string[];
  /** The id of each word. */
  readonly ids: ReadonlyMap<string, number>;
  /** Finds every hit in `text` (see the file comment). */
  find(text: string): KeywordHits;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The trie as a regex source (`p(?:ass|wd|in)|…`): no quantifiers, so it cannot backtrack; longest word first. */
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
 * Compiles `words` (case-insensitive, each starting with an ASCII letter or digit and all ASCII) into a
 * {@link KeywordTrie}. A trigger matches where a word starts: `pass` finds "password" and "Passcode", not "bypass".
 * @throws TypeError for a trigger that does not start with a letter or digit or is not ASCII.
 */
export function keywordTrie(words: readonly string[]): KeywordTrie {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.length > 0).sort();
  for (const w of unique) {
    if (!/^[a-z0-9][\x20-\x7e]*$/.test(w))
      throw new TypeError(`keywordTrie: trigger ${JSON.stringify(w)} must be ASCII and start with a letter or digit`);
  }
  // Node 0 is "no node"; node 1 the root. `next[node * 128 + c]` is the child on lower-case ASCII code `c`.
  let count = 2;
  const maxNodes = 2 + unique.reduce((n, w) => n + w.length, 0);
  const next = new Int32Array(maxNodes * 128);
  const end = new Int32Array(maxNodes).fill(-1);
  const ids = new Map<string, number>();
  unique.forEach((w, id) => {
    let node = 1;
    for (let i = 0; i < w.length; i++) {
      const slot = node * 128 + w.charCodeAt(i);
      if (next[slot] === 0) next[slot] = count++;
      node = next[slot]!;
    }
    end[node] = id;
    ids.set(w, id);
  });

  const regex = new RegExp(unique.length === 0 ? '(?!)' : `\\b${trieSource(unique)}`, 'gi');

  function find(text: string): KeywordHits {
    const positions: number[] = [];
    const hitIds: number[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      // Which word matched: walk the trie over the match (no lower-cased copy, no string hashing).
      let node = 1;
      for (let j = m.index, e = j + m[0].length; j < e && node !== 0; j++) {
        const d = text.charCodeAt(j);
        node = next[node * 128 + (d >= 65 && d <= 90 ? d | 32 : d)]!;
      }
      if (node === 0 || end[node]! < 0) continue; // cannot happen: the regex matches whole trigger words only
      positions.push(m.index);
      hitIds.push(end[node]!);
    }
    return { positions, ids: hitIds };
  }

  return { words: unique, ids, find };
}
