/**
 * The extension's demo mailbox (engineer E's `scripts/demo/demo-emails.ts`, imported read-only as data): 40 synthetic
 * mails written for the demo, not for the rules, each with the category its author intended.
 */

import { DEMO_EMAILS, type DemoEmail } from '../../../../scripts/demo/demo-emails';
import { classifyEmail } from '../../../../shared';
import type { EmailInput } from '../../../../shared/core/types';

const now = new Date('2026-11-25T12:00:00Z');
const DAY = 86_400_000;

/** A demo mail as the extension hands it to the core (display name and address; attachment names only). */
const asInput = (m: DemoEmail): EmailInput => ({
  from: `${m.from.name} <${m.from.address}>`,
  to: [...m.to],
  cc: m.cc ? [...m.cc] : undefined,
  subject: m.subject,
  body: m.body,
  receivedAt: new Date(now.getTime() - m.daysAgo * DAY).toISOString(),
  attachments: m.attachments?.map((a) => ({ name: a.name, contentType: 'application/octet-stream' })),
});

describe('classifyEmail on the demo mailbox', () => {
  it('reports how many demo mails get the category their author intended', () => {
    const misses = DEMO_EMAILS.map((m) => ({ m, got: classifyEmail(asInput(m), { now }).category })).filter(
      ({ m, got }) => got !== m.intended,
    );
    console.log(
      `demo mailbox: ${DEMO_EMAILS.length - misses.length}/${DEMO_EMAILS.length} as intended` +
        misses.map(({ m, got }) => `\n  miss ${m.id}: intended ${m.intended}, got ${got}`).join(''),
    );
    expect(DEMO_EMAILS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(DEMO_EMAILS.map((m) => [m.id, m.subject, m] as const))('%s "%s"', (_id, _subject, m) => {
    const result = classifyEmail(asInput(m), { now });
    expect(result.category, result.reasons.join('\n')).toBe(m.intended);
  });
});
