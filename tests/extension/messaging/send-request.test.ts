/** The typed client: values come back typed; error replies and silence become thrown errors, never successes. */
import { afterEach, describe, expect, it } from 'vitest';
import { isRequest } from '../../../extension/messaging/protocol';
import { sendRequest, setTransport } from '../../../extension/messaging/send-request';

afterEach(() => setTransport(undefined));

describe('sendRequest', () => {
  it('resolves with the value of an ok reply, sending the request as is', async () => {
    const sent: unknown[] = [];
    setTransport(async (m) => {
      sent.push(m);
      return { ok: true, value: { labels: [null] } };
    });
    const out = await sendRequest({ type: 'getLabels', mailboxId: 'mb', messageIds: ['x'] });
    expect(out.labels).toEqual([null]);
    expect(sent).toEqual([{ type: 'getLabels', mailboxId: 'mb', messageIds: ['x'] }]);
  });

  it("throws the background's error message", async () => {
    setTransport(async () => ({ ok: false, error: 'only a manager can record review decisions' }));
    await expect(sendRequest({ type: 'recordDecision', decisions: [] })).rejects.toThrow('only a manager');
  });

  it('throws when nothing answers', async () => {
    setTransport(async () => undefined);
    await expect(sendRequest({ type: 'getSettings' })).rejects.toThrow('did not answer "getSettings"');
  });
});

describe('isRequest', () => {
  it('accepts our verbs only', () => {
    expect(isRequest({ type: 'classifyRows', mailboxId: 'm', rows: [] })).toBe(true);
    for (const x of [null, 'classifyRows', {}, { type: 'eval' }, { type: 42 }]) expect(isRequest(x)).toBe(false);
  });
});
