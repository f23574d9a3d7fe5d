/** The mbox splitter: chunk boundaries never change the messages, mboxrd quoting is undone, CRLF and LF both read. */
import fc from 'fast-check';
import { buildMail, buildMbox, streamInChunks, syntheticMail } from '../../fixtures/mail-exports/build-mail';
import { collect } from './collect';

const encode = (s: string) => new TextEncoder().encode(s);

describe('mbox splitting', () => {
  it('gives the same messages however the file is cut into chunks (property)', async () => {
    const bodyLine = fc.constantFrom(
      'Hello there,',
      'From the start of the year we changed plans.',
      '>From a quoted line',
      '>>From a doubly quoted line',
      'From: not a header in the body',
      '',
      'Call 07700 900123 — café ünïcødé ✓',
      '--mg-boundary-1 looks like a boundary',
    );
    const message = fc.record({ n: fc.nat(9999), lines: fc.array(bodyLine, { maxLength: 6 }) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(message, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(4000), { maxLength: 12 }),
        async (specs, eol, cuts) => {
          const mails = specs.map(({ n, lines }) => buildMail({ ...syntheticMail(n), body: lines.join('\n') }));
          const bytes = encode(buildMbox(mails, eol));
          const whole = await collect(bytes, 'mbox');
          const cut = await collect(streamInChunks(bytes, cuts), 'mbox');
          const oneByOne = await collect(
            streamInChunks(
              bytes,
              Array.from({ length: Math.min(bytes.length, 600) }, (_, i) => i),
            ),
            'mbox',
          );
          expect(whole.errors).toEqual([]);
          expect(whole.messages).toHaveLength(specs.length);
          expect(cut).toEqual(whole);
          expect(oneByOne).toEqual(whole);
          whole.messages.forEach((m, i) => {
            expect(m.body.replace(/\r/g, '').trimEnd()).toBe(specs[i]!.lines.join('\n').trimEnd());
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('undoes mboxrd quoting: >From → From, >>From → >From; other > lines stay', async () => {
    const mail = buildMail({ ...syntheticMail(1), body: 'From here on\n>From quoted\n> not quoted\n' });
    const { messages } = await collect(buildMbox([mail]), 'mbox');
    expect(messages[0]!.body).toContain('From here on\n>From quoted\n> not quoted');
  });

  it('reads CRLF and LF files alike and keeps every field', async () => {
    const spec = { ...syntheticMail(7), cc: 'Cleo Sample <cleo.sample@example.test>, team@mailguard.test' };
    const lf = await collect(buildMbox([buildMail(spec)], '\n'), 'mbox');
    const crlf = await collect(buildMbox([buildMail(spec)], '\r\n'), 'mbox');
    expect(crlf).toEqual(lf);
    expect(lf.messages[0]).toMatchObject({
      messageId: 'synthetic-7@example.test',
      from: 'cleo.sample@example.test',
      to: ['support@mailguard.test'],
      cc: ['cleo.sample@example.test', 'team@mailguard.test'],
      subject: 'Request 7: data request',
      receivedAt: new Date(Date.UTC(2024, 0, 1) + 7 * 3_600_000).toISOString(),
    });
  });

  it('splits Thunderbird "From - date" envelopes and envelopes without a blank line before them', async () => {
    const a = buildMail(syntheticMail(1));
    const b = buildMail(syntheticMail(2));
    const text = `From - Sat Jan  3 01:05:34 1996\n${a}\nFrom - Sun Jan  4 01:05:34 1996\n${b}\n`;
    const { messages, errors } = await collect(text, 'mbox');
    expect(errors).toEqual([]);
    expect(messages.map((m) => m.messageId)).toEqual(['synthetic-1@example.test', 'synthetic-2@example.test']);
  });

  it('uses the envelope date when the Date header is missing', async () => {
    const { date: _drop, ...noDate } = syntheticMail(3);
    const text = `From someone@example.test Wed Mar 04 09:30:00 2020\n${buildMail(noDate)}\n`;
    const { messages } = await collect(text, 'mbox');
    expect(messages[0]!.receivedAt).toBe('2020-03-04T09:30:00.000Z');
  });

  it('reports text before the first From line instead of inventing a message, and reads the rest', async () => {
    const text = `garbage that is not mail\n\n${buildMbox([buildMail(syntheticMail(4))])}`;
    const { messages, errors } = await collect(text, 'mbox');
    expect(errors).toEqual([{ index: 0, reason: expect.stringContaining('not an mbox') }]);
    expect(messages).toHaveLength(1);
  });
});
