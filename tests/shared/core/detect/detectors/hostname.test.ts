import fc from 'fast-check';
import { couldBeHostLabel, isHostWordName } from '../../../../../shared/core/detect/detectors/hostname-parts';
import { everything, found } from '../find';

describe('host names', () => {
  it.each([
    ['Please map \\\\FILESERVER01\\shared for her.', 'FILESERVER01'],
    ['it is joined as fileserver01.corp.local now', 'fileserver01.corp.local'],
    ['Computer name: RECEPTION-PC', 'RECEPTION-PC'],
    ['Remote onto ACME-PC-042 after 6pm.', 'ACME-PC-042'],
    ['the DC is srv-dc1.internal', 'srv-dc1.internal'],
    ['my hostname is ws0042, thanks', 'ws0042'],
    ['the laptop LAPTOP-7F3K2QH is ready', 'LAPTOP-7F3K2QH'],
    ['PC name is RECEPTION-02', 'RECEPTION-02'],
    ['Server: SRV-DC01', 'SRV-DC01'],
    ['NAS at nas01.home.arpa', 'nas01.home.arpa'],
  ])('finds the host in %j', (text, host) => {
    expect(found(text, 'hostname')).toEqual([host]);
  });

  it.each([
    'See https://www.example.com for details.',
    'Ticket INC0012345 about COVID-19 and UTF-8 encoding.',
    'The server is down again.',
    'SHA-256 and ISO-27001 are standards.',
    'Our local office is in Leeds.',
    'The host was very welcoming.',
    'Visit www.example.co.uk',
  ])('finds no host in %j', (text) => {
    expect(found(text, 'hostname')).toEqual([]);
  });

  it('reports a host inside an email or link as that email or link', () => {
    expect(everything('admin@corp.local and http://intranet.corp.local/wiki')).toEqual([
      'email: admin@corp.local',
      'url: http://intranet.corp.local/wiki',
    ]);
  });
});

describe('couldBeHostLabel quick tests', () => {
  /** The test as first written (every word tried): the quick character tests in front must not change its answer. */
  function reference(text: string, p: number): boolean {
    const named = ['computer', 'pc', 'machine', 'device', 'host', 'server', 'workstation', 'laptop', 'desktop'];
    const after = ['name', ' name', 'is ', ': ', '= ', '- ', 'called ', 'named '];
    const hasAt = (at: number, w: string) => at >= 0 && text.slice(at, at + w.length).toLowerCase() === w;
    const first = text.charCodeAt(p) | 32;
    if (first === 110)
      return text[p - 1] === ' ' && [...named, 'netbios', 'system'].some((w) => hasAt(p - 1 - w.length, w));
    const e = p + (first === 104 ? 4 : 6);
    return after.some((w) => hasAt(e, w) || (text[e] === ' ' && hasAt(e + 1, w)));
  }

  it('answers as trying every word would (generated text)', () => {
    const piece = fc.constantFrom(
      ...['name', 'Name', 'host', 'HOST', 'server', 'Server', 'computer', 'PC', 'netbios', 'system', 'laptop'],
      ...['is', 'IS', ':', '=', '-', 'called', 'Named', 'names', 'x', 'the', 'ws-01', 'é'],
    );
    const gap = fc.constantFrom(' ', '', '  ', '\n', ': ', '-');
    const text = fc.array(fc.tuple(piece, gap), { maxLength: 8 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let p = 0; p < t.length; p++) {
          if (!/^(?:name|host|server)/i.test(t.slice(p)) || /\w/.test(t[p - 1] ?? '')) continue;
          expect(couldBeHostLabel(t, p)).toBe(reference(t, p));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isHostWordName (parts read in place)', () => {
  const HOST_WORDS = new Set(['PC', 'LAPTOP', 'DESKTOP', 'SRV', 'DC', 'WS', 'NAS', 'ESXI', 'MAIL', 'FILESERVER']);
  /** The check as first written (split and copies), over the words above. */
  const reference = (token: string): boolean => {
    if (token.length < 4 || token.length > 15 || token !== token.toUpperCase()) return false;
    const parts = token.split('-');
    if (parts.length < 2 || parts.length > 4 || parts.some((p) => p.length === 0)) return false;
    return parts.some((p) => HOST_WORDS.has(p) || HOST_WORDS.has(p.replace(/\d+$/, '')));
  };
  it('agrees with splitting the token at hyphens', () => {
    const part = fc.constantFrom(
      'PC',
      'SRV01',
      'DC',
      '042',
      'LAPTOP',
      'WS',
      'X',
      '',
      'ACME',
      'NAS2',
      'ESXI',
      'Pc',
      '7F3K',
    );
    const token = fc.array(part, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('-'));
    fc.assert(
      fc.property(token, (t) => {
        expect(isHostWordName(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
