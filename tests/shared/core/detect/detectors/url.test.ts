import { found } from '../find';

describe('web addresses', () => {
  it.each([
    ['See https://www.example.com/account?id=42.', 'https://www.example.com/account?id=42'],
    ['portal (www.example.org/login) is down', 'www.example.org/login'],
    [
      'reset: http://example.co.uk/reset?email=jane%40example.com',
      'http://example.co.uk/reset?email=jane%40example.com',
    ],
    ['wiki link https://en.example.org/wiki/Foo_(bar) helps', 'https://en.example.org/wiki/Foo_(bar)'],
    ['HTTPS://PORTAL.EXAMPLE.COM/Login', 'HTTPS://PORTAL.EXAMPLE.COM/Login'],
    ['files at ftp://files.example.net/pub', 'ftp://files.example.net/pub'],
    ['typed as WWW.EXAMPLE.ORG/help', 'WWW.EXAMPLE.ORG/help'],
    ['or wWw.example.org/help in any case', 'wWw.example.org/help'],
  ])('finds the link in %j', (text, url) => {
    expect(found(text, 'url')).toEqual([url]);
  });

  it.each([
    'Use the www. prefix when typing it.',
    'The protocol is https:// and nothing else.',
    'See example.com for more.',
  ])('finds no link in %j', (text) => {
    expect(found(text, 'url')).toEqual([]);
  });
});
