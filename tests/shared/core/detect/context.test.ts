import { isSpaceCode, trimRight } from '../../../../shared/core/detect/context';

describe('isSpaceCode', () => {
  it('agrees with the regex class \\s on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });
});

describe('trimRight', () => {
  it('drops trailing white space of any kind and keeps the rest', () => {
    expect(trimRight('Kind regards, \t\r\n\u00a0\u3000')).toBe('Kind regards,');
    expect(trimRight('  Tom')).toBe('  Tom');
    expect(trimRight(' \n ')).toBe('');
    expect(trimRight('')).toBe('');
  });
});
