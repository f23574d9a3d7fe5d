import { classifyEmail, defaultPolicy } from '../../../../shared';
import {
  allFixtureEmails,
  type EmailFixture,
  trainingEmails,
  unseenEmails,
  unseenFifthEmails,
  unseenFourthEmails,
  unseenSecondEmails,
  unseenSeventhEmails,
  unseenSixthEmails,
  unseenThirdEmails,
} from '../../../fixtures/emails';

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
    for (const { email } of allFixtureEmails) {
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

function accuracy(name: string, set: readonly EmailFixture[]): number {
  const misses = set
    .map((f) => ({ f, got: classifyEmail(f.email, { now }).category }))
    .filter(({ f, got }) => got !== f.expected);
  const share = (set.length - misses.length) / set.length;
  console.log(
    `${name}: ${set.length - misses.length}/${set.length} (${Math.round(share * 100)}%)` +
      misses.map(({ f, got }) => `\n  miss ${f.id}: expected ${f.expected}, got ${got}`).join(''),
  );
  return share;
}

describe('classifyEmail on the held-back sets (blind at their first run; see each for what informed the rules after)', () => {
  // Floors, not targets: each is the set's current score less one mail, so a rule change that loses two fails.
  it('reports accuracy on the seventh unseen set (written blind, committed before its first run)', () => {
    // Scored once on 2026-11-25, blind: 29/39 (74%) with the rules of 3574fb7 and 30/39 (77%) with those of 251c91e
    // (the fifth and sixth sets' tuning, including a tie rule later reverted; 31/39 with the fifth set's phrases
    // alone). Its misses then informed phrases, and a review narrowed the broad ones: later figures are not blind.
    expect(unseenSeventhEmails.length).toBeGreaterThanOrEqual(39);
    expect(accuracy('unseen-seventh accuracy', unseenSeventhEmails)).toBeGreaterThanOrEqual(0.84);
  });

  it('reports accuracy on the sixth unseen set (written blind, committed before its first run)', () => {
    // Scored once on 2026-11-25, blind: 34/39 (87%) with the rules of 3574fb7 and 34/39 with those of 682340b (that
    // commit's phrases came from the fifth set). Its misses then informed phrases (a review narrowed the broad ones):
    // later figures are not blind.
    expect(unseenSixthEmails.length).toBeGreaterThanOrEqual(39);
    expect(accuracy('unseen-sixth accuracy', unseenSixthEmails)).toBeGreaterThanOrEqual(0.92);
  });

  it('reports accuracy on the fifth unseen set (written blind, committed before its first run)', () => {
    // Scored once on 2026-11-25, blind: 33/39 (85%) with the rules before b35ab6d and 33/39 after it (that commit's
    // phrases came from the fourth set). Its misses then informed 682340b's phrases: later figures are not blind.
    expect(unseenFifthEmails.length).toBeGreaterThanOrEqual(39);
    expect(accuracy('unseen-fifth accuracy', unseenFifthEmails)).toBeGreaterThanOrEqual(0.92);
  });

  it('reports accuracy on the fourth unseen set (written blind by another engineer, committed before its first run)', () => {
    // First scored, blind, on 2026-11-25 at 15ac55a's rules: 26/36 (72%). The staff-mail rule that came after was
    // drawn from the third set's misses, but this set's misses had been seen by then: later figures are not blind.
    expect(unseenFourthEmails.length).toBeGreaterThanOrEqual(30);
    expect(accuracy('unseen-fourth accuracy', unseenFourthEmails)).toBeGreaterThanOrEqual(0.88);
  });

  it('reports accuracy on the third set (blind at first: 19/27; its misses then informed the rules)', () => {
    expect(unseenThirdEmails.length).toBeGreaterThanOrEqual(20);
    expect(accuracy('unseen-third accuracy', unseenThirdEmails)).toBeGreaterThanOrEqual(0.92);
  });

  it('reports accuracy on the second unseen set (its 3 misses informed the 2026-11-25 priority rules)', () => {
    expect(unseenSecondEmails.length).toBeGreaterThanOrEqual(15);
    expect(accuracy('unseen-second accuracy', unseenSecondEmails)).toBeGreaterThanOrEqual(0.95);
  });

  it('reports accuracy on the first unseen set (80% blind; its misses informed the current rules)', () => {
    expect(unseenEmails.length).toBeGreaterThanOrEqual(15);
    expect(accuracy('unseen (first set) accuracy', unseenEmails)).toBeGreaterThanOrEqual(0.95);
  });
});
