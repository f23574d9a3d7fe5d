/** Label words: periods, dates and the compact chip text, independent of locale and time zone. */
import { describe, expect, it } from 'vitest';
import { basisWords, chipText, shortDate, shortPeriod } from '../../../shared/ui/format-label';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('format-label', () => {
  it('shortens ISO periods', () => {
    expect(['P6Y', 'P3M', 'P2W', 'P0D', 'P1Y6M', 'P30D', 'odd'].map(shortPeriod)).toEqual([
      '6y',
      '3m',
      '2w',
      '0d',
      '1y 6m',
      '30d',
      'odd',
    ]);
  });

  it('writes dates as "12 Mar", with the year when it is not this year', () => {
    expect(shortDate('2026-03-12T23:30:00Z', NOW)).toBe('12 Mar');
    expect(shortDate('2032-11-25T00:00:00Z', NOW)).toBe('25 Nov 2032');
    expect(shortDate(null, NOW)).toBe('never');
  });

  it('gives the chip text per status: "Contract · 6y", "Due 3 Dec", "Expired 12 Mar", "Legal hold"', () => {
    const base = { lawfulBasis: 'contract' as const, period: 'P6Y', expiresAt: '2026-03-12T00:00:00Z' };
    expect(chipText({ ...base, status: 'active' }, NOW)).toBe('Contract · 6y');
    expect(chipText({ ...base, status: 'expired' }, NOW)).toBe('Expired 12 Mar');
    expect(chipText({ ...base, status: 'due_soon', expiresAt: '2026-12-03T00:00:00Z' }, NOW)).toBe('Due 3 Dec');
    expect(chipText({ ...base, status: 'legal_hold' }, NOW)).toBe('Legal hold');
    expect(chipText({ ...base, status: 'active', lawfulBasis: 'legitimate_interests', period: 'P1Y' }, NOW)).toBe(
      'Legit. interest · 1y',
    );
    expect(basisWords('legitimate_interests')).toBe('Legitimate interests');
  });
});
