/** .msg import: a synthetic Outlook file (written with msgreader's own compound-file writer) reads back field by field. */
import { buildMail } from '../../fixtures/mail-exports/build-mail';
import { type MsgSpec, makeMsg } from '../../fixtures/mail-exports/make-msg';
import { collect } from './collect';

const base: MsgSpec = {
  subject: 'Card details for renewal',
  senderSmtp: 'dana.fictional@example.test',
  body: 'Please charge 5555 5555 5555 4444. Call 07700 900456.',
  internetMessageId: '<outlook-1@example.test>',
  deliveryTime: new Date('2024-02-01T10:00:00Z'),
  recipients: [
    { smtp: 'support@mailguard.test', name: 'Support', type: 'to' },
    { smtp: 'ben.madeup@example.test', name: 'Ben Madeup', type: 'cc' },
  ],
  attachments: [{ fileName: 'renewal.pdf', mimeTag: 'application/pdf', content: new Uint8Array(6000).fill(1) }],
};

describe('.msg import', () => {
  it('reads sender, recipients by type, subject, body, delivery time, Message-ID and attachments', async () => {
    const { messages, errors } = await collect(makeMsg(base), 'msg');
    expect(errors).toEqual([]);
    expect(messages).toEqual([
      {
        messageId: 'outlook-1@example.test',
        from: 'dana.fictional@example.test',
        to: ['support@mailguard.test'],
        cc: ['ben.madeup@example.test'],
        subject: 'Card details for renewal',
        body: 'Please charge 5555 5555 5555 4444. Call 07700 900456.',
        receivedAt: '2024-02-01T10:00:00.000Z',
        attachments: [{ name: 'renewal.pdf', contentType: 'application/pdf', size: 6000 }],
      },
    ]);
  });

  it('meets the same key as the .eml of the same mail (Message-ID normalised)', async () => {
    const eml = buildMail({
      from: 'dana.fictional@example.test',
      to: 'support@mailguard.test',
      subject: base.subject,
      date: 'Thu, 01 Feb 2024 10:00:00 +0000',
      messageId: '<outlook-1@example.test>',
      body: base.body!,
    });
    const [fromMsg, fromEml] = await Promise.all([collect(makeMsg(base), 'msg'), collect(eml, 'eml')]);
    expect(fromMsg.messages[0]!.messageId).toBe(fromEml.messages[0]!.messageId);
  });

  it('uses the HTML body as text when there is no plain body, and the transport headers when fields are missing', async () => {
    const { body: _b, internetMessageId: _i, deliveryTime: _d, ...rest } = base;
    const headers = 'Message-ID: <from-headers@example.test>\r\nDate: Fri, 02 Feb 2024 08:00:00 +0000\r\n';
    const { messages } = await collect(
      makeMsg({ ...rest, bodyHtml: '<p>Hello</p><script>x()</script><p>World</p>', transportHeaders: headers }),
      'msg',
    );
    expect(messages[0]).toMatchObject({
      body: 'Hello\n\nWorld',
      messageId: 'from-headers@example.test',
      receivedAt: '2024-02-02T08:00:00.000Z',
    });
  });

  it('gives a stable hash key to a .msg without any Message-ID', async () => {
    const { internetMessageId: _i, ...rest } = base;
    const [a, b] = await Promise.all([collect(makeMsg(rest), 'msg'), collect(makeMsg(rest), 'msg')]);
    expect(a.messages[0]!.messageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.messages[0]!.messageId).toBe(a.messages[0]!.messageId);
  });

  it('reports files that are not .msg, are cut short, have no date or are over the cap', async () => {
    const good = makeMsg(base);
    const { deliveryTime: _d, ...undated } = base;
    expect((await collect('From: x@example.test\n\nhi', 'msg')).errors[0]!.reason).toMatch(
      /^not an Outlook \.msg file/,
    );
    expect((await collect(good.slice(0, 1500), 'msg')).errors[0]!.reason).toMatch(/^broken \.msg file/);
    expect((await collect(makeMsg(undated), 'msg')).errors[0]!.reason).toMatch(/^no valid date/);
    expect((await collect(good, 'msg', { maxMsgFileBytes: 4096 })).errors[0]!.reason).toMatch(/^too large/);
  });
});
