import { addDuration, parseDuration } from '../../../../shared/core/retention';

const at = (iso: string) => new Date(iso);
const add = (iso: string, period: string) => addDuration(at(iso), period).toISOString();

describe('addDuration', () => {
  it('adds years, months, weeks and days on the UTC calendar, keeping the time of day', () => {
    expect(add('2026-11-25T09:30:00.000Z', 'P6Y')).toBe('2032-11-25T09:30:00.000Z');
    expect(add('2026-11-25T09:30:00.000Z', 'P3M')).toBe('2027-02-25T09:30:00.000Z');
    expect(add('2026-11-25T09:30:00.000Z', 'P2W')).toBe('2026-12-09T09:30:00.000Z');
    expect(add('2026-11-25T09:30:00.000Z', 'P30D')).toBe('2026-12-25T09:30:00.000Z');
    expect(add('2026-11-25T09:30:00.000Z', 'P1Y2M3D')).toBe('2028-01-28T09:30:00.000Z');
  });

  it('clamps to the end of a shorter month', () => {
    expect(add('2024-02-29T12:00:00.000Z', 'P6Y')).toBe('2030-02-28T12:00:00.000Z');
    expect(add('2024-02-29T12:00:00.000Z', 'P4Y')).toBe('2028-02-29T12:00:00.000Z');
    expect(add('2026-01-31T00:00:00.000Z', 'P1M')).toBe('2026-02-28T00:00:00.000Z');
    expect(add('2027-11-30T00:00:00.000Z', 'P3M')).toBe('2028-02-29T00:00:00.000Z');
    expect(add('2026-08-31T23:59:59.999Z', 'P1M')).toBe('2026-09-30T23:59:59.999Z');
  });

  it('treats P0D as no time at all', () => {
    expect(add('2026-11-25T09:30:00.000Z', 'P0D')).toBe('2026-11-25T09:30:00.000Z');
  });

  it('counts in UTC whatever the offset of the input', () => {
    expect(add('2026-03-31T23:30:00-02:00', 'P1M')).toBe('2026-05-01T01:30:00.000Z');
  });

  it('rejects invalid dates and periods with a TypeError', () => {
    expect(() => addDuration(new Date('nope'), 'P1D')).toThrow(TypeError);
    expect(() => addDuration(at('2026-01-01T00:00:00Z'), '6 years')).toThrow(/not an ISO 8601 duration/);
    expect(() => addDuration(at('2026-01-01T00:00:00Z'), 'P')).toThrow(TypeError);
    expect(() => addDuration(at('2026-01-01T00:00:00Z'), 'PT5H')).toThrow(TypeError);
  });

  it('parses duration parts', () => {
    expect(parseDuration('P1Y6M')).toEqual({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parseDuration('P')).toBeUndefined();
  });
});
