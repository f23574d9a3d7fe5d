import { ibanMod97Valid, luhnValid, nhsValid } from '../../../../shared/core/detect/checksums';
import { issuerValid } from '../../../../shared/core/detect/detectors/card-number';
import { ninoPrefixValid } from '../../../../shared/core/detect/detectors/national-insurance';

describe('checksums', () => {
  it('Luhn accepts published test cards and rejects a changed digit', () => {
    for (const c of [
      '4111111111111111',
      '5555555555554444',
      '378282246310005',
      '6011111111111117',
      '4000056655665556',
    ]) {
      expect(luhnValid(c)).toBe(true);
      expect(luhnValid(c.slice(0, -1) + String((Number(c.at(-1)) + 1) % 10))).toBe(false);
    }
    expect(luhnValid('12a4')).toBe(false);
  });

  it('knows the issuer prefixes and lengths', () => {
    expect(issuerValid('4111111111111111')).toBe(true);
    expect(issuerValid('378282246310005')).toBe(true);
    expect(issuerValid('3782822463100050')).toBe(false); // Amex is 15 digits
    expect(issuerValid('1234567812345670')).toBe(false);
    expect(issuerValid('2221000000000009')).toBe(true); // Mastercard 2-series
  });

  it('IBAN mod 97', () => {
    expect(ibanMod97Valid('GB29NWBK60161331926819')).toBe(true);
    expect(ibanMod97Valid('DE89370400440532013000')).toBe(true);
    expect(ibanMod97Valid('GB29NWBK60161331926818')).toBe(false);
    expect(ibanMod97Valid('GB2')).toBe(false);
  });

  it('NHS mod 11, including the check digit 10 that no number may have', () => {
    expect(nhsValid('9434765919')).toBe(true);
    expect(nhsValid('9434765918')).toBe(false);
    expect(nhsValid('123456789')).toBe(false);
    // 000000001x: sum 2 → 11 - 2 = 9, so only …19 is valid; a first-nine whose check would be 10 is never valid.
    expect(nhsValid('0000000019')).toBe(true);
    expect(nhsValid('0000000060')).toBe(false); // sum 12 → 11 - 1 = 10: invalid whatever the last digit
  });

  it('NINO prefix rules', () => {
    expect(ninoPrefixValid('AB')).toBe(true);
    for (const bad of ['QQ', 'DA', 'AD', 'AO', 'GB', 'BG', 'NK', 'KN', 'TN', 'NT', 'ZZ'])
      expect(ninoPrefixValid(bad)).toBe(false);
  });
});
