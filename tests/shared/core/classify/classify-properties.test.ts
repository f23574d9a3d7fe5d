import fc from 'fast-check';
import { assessSharing, classifyEmail, defaultPolicy } from '../../../../shared';

const now = new Date('2026-11-25T12:00:00Z');
const ids = new Set(defaultPolicy.categories.map((c) => c.id));
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.lorem({ maxCount: 40 }));
const address = fc.oneof(fc.emailAddress(), fc.string(), fc.constant('PayVector <x@gmail.com>'));
const attachment = fc.record({ name: fc.string(), contentType: fc.string(), size: fc.nat() });
const instant = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

describe('core properties on arbitrary well-typed input', () => {
  it('classifyEmail never throws and always answers with a policy category and in-range findings', () => {
    fc.assert(
      fc.property(
        text,
        text,
        address,
        fc.array(address, { maxLength: 4 }),
        fc.array(attachment, { maxLength: 3 }),
        instant,
        (subject, body, from, to, attachments, receivedAt) => {
          const result = classifyEmail({ from, to, subject, body, receivedAt, attachments }, { now });
          expect(ids.has(result.category)).toBe(true);
          expect(result.reasons.length).toBeGreaterThan(0);
          const length = subject.length + 2 + body.length;
          for (const f of result.personalData) expect(f.start >= 0 && f.end <= length && f.start < f.end).toBe(true);
          // stable: the same input gives the same answer
          expect(classifyEmail({ from, to, subject, body, receivedAt, attachments }, { now })).toEqual(result);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('assessSharing never throws, gives every recipient a status and never allows a look-alike', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(address, { maxLength: 5 }),
        fc.array(attachment, { maxLength: 2 }),
        (subject, body, to, attachments) => {
          const result = assessSharing(
            { from: 'sam.patel@northwind-it.co.uk', to, subject, body, attachments },
            { now },
          );
          expect(result.recipients).toHaveLength(to.length);
          expect(['allow', 'warn', 'block']).toContain(result.action);
          expect(result.reasons.length).toBeGreaterThan(0);
          if (result.recipients.some((r) => r.status === 'lookalike')) expect(result.action).toBe('block');
        },
      ),
      { numRuns: 200 },
    );
  });
});
