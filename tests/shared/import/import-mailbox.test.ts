/** importMailbox as a user relies on it: every readable message comes out, every unreadable one is named with a reason. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importMailbox } from '../../../shared/import';
import { buildMail, buildMbox, streamInChunks, syntheticMail } from '../../fixtures/mail-exports/build-mail';
import { collect } from './collect';

const fixtures = join(import.meta.dirname, '../../fixtures/mail-exports');
const encode = (s: string) => new TextEncoder().encode(s);

describe('malformed mail in an mbox', () => {
  it('reports each broken message with its reason and imports all the others', async () => {
    const { messages, errors, order } = await collect(readFileSync(join(fixtures, 'malformed.mbox')), 'mbox');
    expect(order).toHaveLength(10);
    expect(errors).toEqual([
      { index: 1, reason: expect.stringMatching(/^no valid date: the Date header "last Tuesday-ish" is not a date/) },
      { index: 2, reason: 'broken MIME: multipart/mixed without a boundary' },
      { index: 3, reason: 'wrong charset: "x-klingon-8" is not a known charset' },
      {
        index: 4,
        reason: expect.stringMatching(/^wrong charset: 2 characters are not valid in the declared charset utf-8/),
      },
      { index: 5, reason: 'no sender: the From header is missing or holds no address' },
      { index: 7, reason: expect.stringMatching(/^broken MIME: the multipart boundary "cut-here" is never closed/) },
      { index: 9, reason: 'the message ends inside its headers (truncated?)' },
    ]);
    expect(messages.map((m) => m.subject)).toEqual(['First good one', 'Good after the broken ones', 'Last good one']);
    expect(order).toEqual(['message', ...Array(5).fill('error'), 'message', 'error', 'message', 'error']);
  });

  it('reports a file that stops being readable mid-way, keeping what came before', async () => {
    const bytes = encode(buildMbox([buildMail(syntheticMail(1)), buildMail(syntheticMail(2))]));
    let sent = false;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(bytes.slice(0, bytes.length - 20));
        } else controller.error(new Error('disk read failed'));
      },
    });
    const { messages, errors } = await collect(failing, 'mbox');
    expect(messages.map((m) => m.messageId)).toEqual(['synthetic-1@example.test']);
    expect(errors).toEqual([{ index: 1, reason: 'the file could not be read further: disk read failed' }]);
  });
});

describe('attachments and the memory bound', () => {
  it('keeps name, type and decoded size of attachments but not their content (a 5 MB attachment under a 1 MB cap)', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 7).toString('base64');
    const mail = buildMail({
      ...syntheticMail(1),
      attachments: [
        { name: 'scan.pdf', type: 'application/pdf', base64: big },
        { name: 'notes.bin', type: 'application/octet-stream', base64: 'AAEC' },
      ],
    });
    const { messages, errors } = await collect(buildMbox([mail]), 'mbox', { maxMessageBytes: 1024 * 1024 });
    expect(errors).toEqual([]);
    expect(messages[0]!.attachments).toEqual([
      { name: 'scan.pdf', contentType: 'application/pdf', size: 5 * 1024 * 1024 + 1 },
      { name: 'notes.bin', contentType: 'application/octet-stream', size: 3 },
    ]);
    expect(messages[0]!.body).toContain('Kind regards');
  });

  it('reports a message over the cap and goes on with the next one', async () => {
    const huge = buildMail({ ...syntheticMail(1), body: 'quoted text line\n'.repeat(100_000) });
    const { messages, errors } = await collect(buildMbox([huge, buildMail(syntheticMail(2))]), 'mbox', {
      maxMessageBytes: 256 * 1024,
    });
    expect(errors).toEqual([{ index: 0, reason: expect.stringMatching(/^too large: over 0 MiB|^too large/) }]);
    expect(errors[0]!.reason).toContain('skipped');
    expect(messages.map((m) => m.messageId)).toEqual(['synthetic-2@example.test']);
  });

  it('does not hold an endless line: 8 MB without a line break is reported, not buffered whole', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let left = 128;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (left-- > 0) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const head = encode(
      `From a@example.test Tue Mar 03 12:00:00 2020\nFrom: a@example.test\nDate: Tue, 03 Mar 2020 12:00:00 +0000\n\n`,
    );
    const joined = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(head);
        const reader = endless.getReader();
        for (let r = await reader.read(); !r.done; r = await reader.read()) controller.enqueue(r.value);
        controller.close();
      },
    });
    const { errors, messages } = await collect(joined, 'mbox', { maxMessageBytes: 2 * 1024 * 1024 });
    expect(messages).toEqual([]);
    expect(errors).toEqual([{ index: 0, reason: expect.stringContaining('too large') }]);
  });

  it('stops reading the file when the caller stops (cancel)', async () => {
    const bytes = encode(buildMbox(Array.from({ length: 50 }, (_, i) => buildMail(syntheticMail(i)))));
    let cancelled = false;
    let pulls = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const at = pulls++ * 512;
          if (at >= bytes.length) controller.close();
          else controller.enqueue(bytes.slice(at, at + 512));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    let seen = 0;
    for await (const _item of importMailbox(source, 'mbox')) if (++seen === 3) break;
    expect(cancelled).toBe(true);
    expect(pulls * 512).toBeLessThan(bytes.length / 2);
  });
});

describe('.eml files', () => {
  it('reads one message, skipping an mbox envelope line if the file starts with one', async () => {
    const mail = buildMail({ ...syntheticMail(3), cc: 'ben.madeup@example.test' }, '\r\n');
    const plain = await collect(mail, 'eml');
    const enveloped = await collect(`From x@example.test Tue Mar 03 12:00:00 2020\r\n${mail}`, 'eml');
    expect(plain.errors).toEqual([]);
    expect(enveloped).toEqual(plain);
    expect(plain.messages[0]).toMatchObject({ messageId: 'synthetic-3@example.test', cc: ['ben.madeup@example.test'] });
  });

  it('does not split an .eml on From lines in its body, and says so when the file is empty', async () => {
    const mail = buildMail({ ...syntheticMail(4), body: 'Hi\n\nFrom Mon Jan  1 10:00:00 2024 we moved.' });
    expect((await collect(mail, 'eml')).messages).toHaveLength(1);
    expect(await collect('', 'eml')).toMatchObject({ errors: [{ index: 0, reason: 'empty file: no message in it' }] });
  });

  it('turns an HTML-only body into text without running or keeping any markup', async () => {
    const html =
      '<html><head><title>t</title><style>p{color:red}</style></head><body><p>Dear Ada,</p>' +
      '<script>document.cookie</script><img src=x onerror="alert(1)"><p>Card ending 1111 &amp; sort code 12&#8209;34&#x2d;56</p>' +
      '<!-- <p>hidden</p> --><div>Thanks<br>Support</div></body></html>';
    const { messages } = await collect(buildMail({ ...syntheticMail(1), body: undefined, html }), 'eml');
    expect(messages[0]!.body).toBe('Dear Ada,\n\nCard ending 1111 & sort code 12‑34-56\n\nThanks\nSupport');
  });
});

describe('keys: Message-ID, or a stable hash', () => {
  it('strips angle brackets and whitespace from the Message-ID', async () => {
    const a = await collect(buildMail({ ...syntheticMail(1), messageId: '  <Abc.123@Example.test>  ' }), 'eml');
    expect(a.messages[0]!.messageId).toBe('Abc.123@Example.test');
  });

  it('gives a message without Message-ID the same key on re-import, even re-exported with other X- headers', async () => {
    const { messageId: _none, ...spec } = syntheticMail(5);
    const takeout = buildMbox([buildMail({ ...spec, headers: ['X-GM-THRID: 1234', 'X-Gmail-Labels: Inbox'] })]);
    const thunderbird = buildMbox([buildMail({ ...spec, headers: ['X-Mozilla-Status: 0001'] })], '\r\n');
    const other = buildMbox([buildMail({ ...spec, subject: 'Another subject' })]);
    const keys = await Promise.all([takeout, takeout, thunderbird, other].map((t) => collect(t, 'mbox')));
    const [first, again, exported, different] = keys.map((k) => k.messages[0]!.messageId);
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(again).toBe(first);
    expect(exported).toBe(first);
    expect(different).not.toBe(first);
  });

  it('keys the same message the same in mbox and .eml, whatever the chunking', async () => {
    const mail = buildMail(syntheticMail(9));
    const fromMbox = await collect(streamInChunks(encode(buildMbox([mail])), [10, 99, 100]), 'mbox');
    const fromEml = await collect(mail, 'eml');
    expect(fromMbox.messages).toEqual(fromEml.messages);
  });
});
