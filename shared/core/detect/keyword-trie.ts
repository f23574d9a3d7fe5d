/**
 * A compiled keyword trie: one pass over the text finds every detector's trigger words, case-insensitively, where a
 * word starts (`\b`), taking the longest trigger at each position and going on after it. The pass is one regex
 * factored as a trie (`p(?:ass|wd|in)|…`: no quantifiers, cannot backtrack; the engine's native scan beats a
 * character loop in JavaScript); each hit's word is then identified by walking a table trie over the match, so no
 * lower-cased copy or string hashing is needed per hit.
 */
import { isAsciiWordCode } from './context';

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

/** Hits a trie keeps room for between calls (see `find`). */
const MAX_KEPT = 4096;

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

/** A trie as a table: `next[node * 128 + c]` is the child on lower-case ASCII `c` (0: none; node 1 is the root). */
function tableTrie(words: readonly string[]): { next: Int32Array; end: Int32Array } {
  let count = 2;
  const maxNodes = 2 + words.reduce((n, w) => n + w.length, 0);
  const next = new Int32Array(maxNodes * 128);
  const end = new Int32Array(maxNodes).fill(-1);
  words.forEach((w, id) => {
    let node = 1;
    for (let i = 0; i < w.length; i++) {
      const slot = node * 128 + w.charCodeAt(i);
      if (next[slot] === 0) next[slot] = count++;
      node = next[slot]!;
    }
    end[node] = id;
  });
  return { next, end };
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
  const ids = new Map<string, number>();
  for (const [id, w] of unique.entries()) ids.set(w, id);
  const forward = tableTrie(unique);
  // Read backwards from a match's end, the one trigger that ends there at a word start is the match — unless a trigger
  // ends in another that starts after a non-word character ("log in" over a trigger "in"); then matches are read
  // forwards from `exec`'s index (the same result, with a match object per hit).
  const reversed = tableTrie(unique.map((w) => [...w].reverse().join('')));
  const nested = unique.some((w) => {
    for (let k = 1; k < w.length; k++) if (!isAsciiWordCode(w.charCodeAt(k - 1)) && ids.has(w.slice(k))) return true;
    return false;
  });
  const longest = unique.reduce((n, w) => Math.max(n, w.length), 0);
  const regex = new RegExp(unique.length === 0 ? '(?!)' : `\\b${trieSource(unique)}`, 'gi');

  /** The id of the trigger ending at `e` that starts a word (-1 for none): `index` is set to its start. */
  let index = 0;
  function endingAt(text: string, e: number): number {
    let node = 1;
    for (let j = e - 1; j >= 0 && e - j <= longest; j--) {
      const d = text.charCodeAt(j);
      if (d >= 128) return -1;
      node = reversed.next[node * 128 + (d >= 65 && d <= 90 ? d | 32 : d)]!;
      if (node === 0) return -1;
      if (reversed.end[node]! >= 0 && (j === 0 || !isAsciiWordCode(text.charCodeAt(j - 1)))) {
        index = j;
        return reversed.end[node]!;
      }
    }
    return -1;
  }

  /** The id of the trigger spanning `[start, e)` read forwards (-1 for none). */
  function spanning(text: string, start: number, e: number): number {
    let node = 1;
    for (let j = start; j < e && node !== 0; j++) {
      const d = text.charCodeAt(j);
      node = forward.next[node * 128 + (d >= 65 && d <= 90 ? d | 32 : d)]!;
    }
    return node === 0 ? -1 : forward.end[node]!;
  }

  // Hits are gathered in two arrays kept between calls (grown once, not step by step for every text) and copied out at
  // their exact size; a text with more than MAX_KEPT hits takes the arrays themselves (no copy, none kept that large).
  let positions: number[] = [];
  let hitIds: number[] = [];
  let count = 0;
  const add = (position: number, id: number): void => {
    positions[count] = position;
    hitIds[count] = id;
    count++;
  };

  function find(text: string): KeywordHits {
    count = 0;
    regex.lastIndex = 0;
    if (!nested) {
      // `test` builds no match object; the match's start and word are read back from its end.
      while (regex.test(text)) {
        const id = endingAt(text, regex.lastIndex);
        if (id < 0) continue; // cannot happen: the regex matched a whole trigger at a word start
        add(index, id);
      }
    } else {
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        const id = spanning(text, m.index, m.index + m[0].length);
        if (id < 0) continue; // cannot happen: the regex matches whole trigger words only
        add(m.index, id);
      }
    }
    if (count <= MAX_KEPT) return { positions: positions.slice(0, count), ids: hitIds.slice(0, count) };
    const hits = { positions, ids: hitIds };
    positions.length = count;
    hitIds.length = count;
    positions = [];
    hitIds = [];
    return hits;
  }

  return { words: unique, ids, find };
}
