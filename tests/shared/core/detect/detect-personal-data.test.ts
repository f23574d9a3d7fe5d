import { detectPersonalData } from '../../../../shared/core/detect';
import { everything } from './find';

describe('detectPersonalData', () => {
  it('throws a TypeError for a text that is not a string, and only then', () => {
    for (const bad of [undefined, null, 42, {}, ['a'], Buffer.from('a')]) {
      expect(() => detectPersonalData(bad as unknown as string)).toThrow(TypeError);
    }
    expect(() => detectPersonalData('x', { kinds: ['passport' as never] })).toThrow(TypeError);
    expect(() => detectPersonalData('x', { kinds: 'email' as never })).toThrow(TypeError);
    expect(detectPersonalData('')).toEqual([]);
  });

  it('returns findings sorted by start, with offsets into the original text', () => {
    const text = 'Hi Tom,\nmy card is 4111 1111 1111 1111 and my email is tom@example.com.\nThanks,\nTom Baker';
    const found = detectPersonalData(text);
    expect(found.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['person_name', 'Tom'],
      ['card_number', '4111 1111 1111 1111'],
      ['email', 'tom@example.com'],
      ['person_name', 'Tom Baker'],
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('respects the kinds filter', () => {
    const text = 'card 4111 1111 1111 1111, email tom@example.com, phone 07700 900123';
    expect(detectPersonalData(text, { kinds: ['email', 'phone'] }).map((f) => f.kind)).toEqual(['email', 'phone']);
    expect(detectPersonalData(text, { kinds: [] })).toEqual([]);
  });

  it('gives checksummed values high confidence and pattern-only ones less', () => {
    const [card] = detectPersonalData('4111 1111 1111 1111');
    const [postcode] = detectPersonalData('LS14AP');
    expect(card!.confidence).toBeGreaterThanOrEqual(0.95);
    expect(postcode!.confidence).toBeLessThan(0.9);
    const [plain] = detectPersonalData('Leeds office 0113 496 0000');
    const [labelled] = detectPersonalData('Tel: 0113 496 0000');
    expect(labelled!.confidence).toBeGreaterThan(plain!.confidence);
  });

  describe('the overlap rule: the wider finding wins, nothing overlaps', () => {
    it.each([
      ['an email over its domain', 'admin@fileserver01.corp.local', ['email: admin@fileserver01.corp.local']],
      ['a link over its IP address', 'http://192.0.2.10/admin', ['url: http://192.0.2.10/admin']],
      [
        'an address over its postcode',
        '12 High Street, Leeds LS1 4AP',
        ['postal_address: 12 High Street, Leeds LS1 4AP'],
      ],
      [
        'a credential over the email that is its username',
        'username: tom@example.com',
        ['credential: tom@example.com'],
      ],
    ])('%s', (_name, text, expected) => {
      expect(everything(text)).toEqual(expected);
    });
  });

  describe('what people type', () => {
    it('finds numbers broken by zero-width characters, with offsets into the original text', () => {
      const text = 'card 4111\u200B1111\u200B1111\u200B1111 ok';
      const [card] = detectPersonalData(text);
      expect(card).toMatchObject({ kind: 'card_number', start: 5, end: 24 });
      expect(text.slice(card!.start, card!.end)).toBe('4111\u200B1111\u200B1111\u200B1111');
    });

    it('finds full-width digits and addresses', () => {
      const text = 'call ０７７００ ９００１２３ or ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ';
      expect(everything(text)).toEqual(['phone: ０７７００ ９００１２３', 'email: ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ']);
    });

    it('finds an email split by a zero-width joiner and a soft hyphen', () => {
      expect(everything('j\u200Dane.d\u00ADoe@example.com')).toEqual(['email: j\u200Dane.d\u00ADoe@example.com']);
    });

    it.each([
      ['spaces', '4111 1111 1111 1111'],
      ['dashes', '4111-1111-1111-1111'],
      ['dots', '4111.1111.1111.1111'],
      ['nothing', '4111111111111111'],
      ['no-break spaces', '4111\u00A01111\u00A01111\u00A01111'],
      ['en dashes', '4111\u20131111\u20131111\u20131111'],
    ])('finds a card typed with %s', (_how, card) => {
      expect(everything(`card ${card} thanks`)).toEqual([`card_number: ${card}`]);
    });

    it('finds an email spelled out in words', () => {
      expect(everything('jane dot doe at example dot com')).toEqual(['email: jane dot doe at example dot com']);
    });
  });
});
