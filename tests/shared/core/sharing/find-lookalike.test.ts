import { defaultPolicy, findLookalike, skeleton } from '../../../../shared';
import { parseAddress } from '../../../../shared/core/policy';

const check = (address: string) => {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`unparseable ${address}`);
  return findLookalike(parsed.domain, parsed.displayName, defaultPolicy);
};

describe('findLookalike', () => {
  it.each([
    ['billing@payvect0r.co.uk', 'payvector', /look-alikes/],
    ['billing@paypector.com', 'payvector', /typo/],
    ['billing@payvectro.co.uk', 'payvector', /typo/],
    ['billing@payvector.net', 'payvector', /another ending/],
    ['billing@pay-vector.co.uk', 'payvector', /./],
    ['billing@payvector-secure.com', 'payvector', /extra words/],
    ['billing@securepayvector.co.uk', 'payvector', /extra words/],
    ['billing@payvector.co.uk.example-mail.net', 'payvector', /put in front/],
    ['billing@payvector.evil.io', 'payvector', /subdomain/],
    ['billing@pаyvector.com', 'payvector', /look-alike characters/], // Cyrillic а
    ['billing@xn--pyvector-16g.com', 'payvector', /look-alike characters/], // the same, as punycode
    ['billing@xn--pyvectr-epf52h.co.uk', 'payvector', /look-alike characters/], // Cyrillic а and Greek ο
    ['tech@logmien.com', 'logmein', /typo/],
    ['tech@iogmein.com', 'logmein', /./],
    ['tech@logmeinrescue.support', 'logmein', /another ending/],
    ['PayVector Disputes <disputes@gmail.com>', 'payvector', /display name/],
    ['"support@payvector.com" <x@outlook.com>', 'payvector', /display name/],
    ['LogMeIn Rescue <rescue@mailbox.example>', 'logmein', /display name/],
  ])('%s imitates %s', (address, processor, how) => {
    const found = check(address);
    expect(found?.processor).toBe(processor);
    expect(found?.how).toMatch(how);
  });

  it.each([
    ['staff@northwind-itt.co.uk', /typo/],
    ['staff@northwind-it.com', /another ending/],
    ['Northwind IT Helpdesk <helpdesk@gmail.com>', /display name/],
  ])('%s imitates the organisation', (address, how) => {
    const found = check(address);
    expect(found).toBeDefined();
    expect(found?.processor).toBeUndefined();
    expect(found?.how).toMatch(how);
  });

  it.each([
    'jane.doe@gmail.com',
    'Jane Doe <jane@outlook.com>',
    'accounts@lakeside-dental.example',
    'info@vector-graphics.co.uk',
    'team@paypal.com',
    'sales@loganair.co.uk',
    'office@northwood-estates.co.uk',
    'a@bücher.example',
    'Iridia Flowers <shop@iridia-flowers.co.uk>',
  ])('does not flag %s', (address) => {
    expect(check(address)).toBeUndefined();
  });

  it('folds homoglyphs, digits and hyphens to one skeleton', () => {
    expect(skeleton('pаyvect0r')).toBe(skeleton('payvector'));
    expect(skeleton('pay-vector')).toBe(skeleton('payvector'));
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'));
  });
});
