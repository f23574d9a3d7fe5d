import { compilePhrases, matchPhrases } from '../../../../shared/core/classify/phrase-matcher';

const find = (phrases: string[], text: string): string[] => {
  const matcher = compilePhrases(phrases.map((phrase, category) => ({ phrase, category })));
  const hits: string[] = [];
  matchPhrases(matcher, text, (entries) => hits.push(...entries.map((e) => e.phrase)));
  return hits;
};

describe('phrase matcher', () => {
  it('matches whole words only, in any case', () => {
    expect(find(['sar'], 'Re: SAR from Lucy')).toEqual(['sar']);
    expect(find(['sar'], 'Sarah called')).toEqual([]);
    expect(find(['pc'], 'my PC, and a PCB')).toEqual(['pc']);
  });

  it('lets words be separated by space, line breaks or short punctuation', () => {
    expect(find(['court order'], 'a sealed Court\n  Order was')).toEqual(['court order']);
    expect(find(['terms & conditions'], 'our Terms & Conditions')).toEqual(['terms & conditions']);
    expect(find(['court order'], 'court, as ordered')).toEqual([]);
  });

  it('matches hyphenated and apostrophe phrases joined or split', () => {
    expect(find(['wi-fi'], 'wifi, Wi-Fi and wi fi')).toEqual(['wi-fi', 'wi-fi', 'wi-fi']);
    expect(find(["won't"], "it won't, it won’t, it wont")).toEqual(["won't", "won't", "won't"]);
  });

  it('matches word endings after a trailing star', () => {
    expect(find(['chargeback*'], 'Chargebacks and a chargeback')).toEqual(['chargeback*', 'chargeback*']);
    expect(find(['small claim*'], 'the small claims court')).toEqual(['small claim*']);
    expect(find(['refund*'], 'refurbished')).toEqual([]);
  });

  it('reports each category sharing a phrase', () => {
    const matcher = compilePhrases([
      { phrase: 'invoice', category: 0 },
      { phrase: 'invoice', category: 3 },
    ]);
    const seen: number[] = [];
    matchPhrases(matcher, 'Invoice attached', (entries) => seen.push(...entries.map((e) => e.category)));
    expect(seen).toEqual([0, 3]);
  });

  it('stays linear on long adversarial text', () => {
    const matcher = compilePhrases([{ phrase: 'a a a a b', category: 0 }]);
    let hits = 0;
    matchPhrases(matcher, 'a '.repeat(200_000), () => hits++);
    expect(hits).toBe(0);
  });
});
