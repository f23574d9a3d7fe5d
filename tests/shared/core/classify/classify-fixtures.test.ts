import { classifyEmail, defaultPolicy } from '../../../../shared';
import { trainingEmails, unseenEmails } from '../../../fixtures/emails';

const now = new Date('2026-11-25T12:00:00Z');

describe('classifyEmail on the training fixtures', () => {
  it('has at least 60 fixtures and at least 4 for every default category', () => {
    expect(trainingEmails.length).toBeGreaterThanOrEqual(60);
    for (const category of defaultPolicy.categories) {
      const count = trainingEmails.filter((f) => f.expected === category.id).length;
      expect(count, category.id).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(trainingEmails.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
    const result = classifyEmail(fixture.email, { now });
    expect(result.category, result.reasons.join('\n')).toBe(fixture.expected);
    const category = defaultPolicy.categories.find((c) => c.id === fixture.expected);
    expect(result.lawfulBasis).toBe(category?.lawfulBasis);
    expect(result.retention.period).toBe(category?.retention.period);
  });

  it('never echoes a detected value into the reasons', () => {
    for (const { email } of [...trainingEmails, ...unseenEmails]) {
      const result = classifyEmail(email, { now });
      const text = `${email.subject}\n\n${email.body}`;
      const reasons = result.reasons.join('\n');
      for (const f of result.personalData) {
        const value = text.slice(f.start, f.end);
        if (value.replace(/\W/g, '').length >= 6) expect(reasons, `${f.kind} in ${email.subject}`).not.toContain(value);
      }
    }
  });
});

describe('classifyEmail on the held-back unseen set (never used to tune the rules)', () => {
  it('reports its accuracy and stays above a floor', () => {
    const misses = unseenEmails
      .map((f) => ({ f, got: classifyEmail(f.email, { now }).category }))
      .filter(({ f, got }) => got !== f.expected);
    const accuracy = (unseenEmails.length - misses.length) / unseenEmails.length;
    console.log(
      `unseen accuracy: ${unseenEmails.length - misses.length}/${unseenEmails.length} (${Math.round(accuracy * 100)}%)` +
        misses.map(({ f, got }) => `\n  miss ${f.id}: expected ${f.expected}, got ${got}`).join(''),
    );
    expect(unseenEmails.length).toBeGreaterThanOrEqual(15);
    // A floor, not a target: it catches a rule change that breaks generalisation.
    expect(accuracy).toBeGreaterThanOrEqual(0.7);
  });
});
