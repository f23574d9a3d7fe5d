/**
 * A domain label's "skeleton": what it looks like to a reader. Homoglyphs (Cyrillic `а`, Greek `ο`), digits that
 * pass for letters (`0` → o, `1` → l), letter pairs that pass for one (`rn` → m, `vv` → w) and hyphens all fold
 * away, so `pаyvect0r`, `pay-vector` and `payvector` share the skeleton `payvector`.
 */

// A focused subset of Unicode's confusables (UTS #39) for Latin look-alikes seen in phishing domains.
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  ɑ: 'a',
  α: 'a',
  в: 'b',
  Ь: 'b',
  с: 'c',
  ϲ: 'c',
  ԁ: 'd',
  ɗ: 'd',
  е: 'e',
  ё: 'e',
  ε: 'e',
  ҽ: 'e',
  ɡ: 'g',
  һ: 'h',
  і: 'i',
  ı: 'i',
  ι: 'i',
  ӏ: 'l',
  ј: 'j',
  ϳ: 'j',
  κ: 'k',
  к: 'k',
  м: 'm',
  ո: 'n',
  п: 'n',
  η: 'n',
  о: 'o',
  ο: 'o',
  օ: 'o',
  σ: 'o',
  р: 'p',
  ρ: 'p',
  ԛ: 'q',
  г: 'r',
  ѕ: 's',
  т: 't',
  τ: 't',
  υ: 'u',
  ս: 'u',
  ν: 'v',
  ѵ: 'v',
  ԝ: 'w',
  ѡ: 'w',
  х: 'x',
  χ: 'x',
  у: 'y',
  γ: 'y',
  ү: 'y',
  ʐ: 'z',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '|': 'l',
};

// Combining marks left by NFKD (accents): dropped. (No `\p{M}`: the core also runs in ES2017 engines.)
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** Folds a (Unicode) domain label to its look-alike skeleton. */
export function skeleton(label: string): string {
  let out = '';
  for (const ch of label.normalize('NFKD').toLowerCase()) {
    if (COMBINING.test(ch) || ch === '-' || ch === '_') continue;
    out += CONFUSABLES[ch] ?? ch;
  }
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd').replace(/i/g, 'l');
}
