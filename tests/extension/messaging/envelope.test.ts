/** The wire envelope: one JSON string each way; plain messages pass through; corrupt envelopes throw. */
import { describe, expect, it } from 'vitest';
import { isEnvelope, seal, unseal } from '../../../extension/messaging/envelope';

describe('envelope', () => {
  it('round-trips a request as one string field', () => {
    const request = {
      type: 'classifyRows',
      mailboxId: 'mb',
      rows: [{ messageId: 'a', subject: '<img src=x>', from: '' }],
    };
    const sealed = seal(request);
    expect(Object.keys(sealed)).toEqual(['mailguard']);
    expect(typeof sealed.mailguard).toBe('string');
    expect(unseal(sealed)).toEqual(request);
  });

  it('leaves plain messages alone and rejects a corrupt envelope', () => {
    expect(unseal({ type: 'getSettings' })).toEqual({ type: 'getSettings' });
    expect(isEnvelope({ mailguard: 3 })).toBe(false);
    expect(() => unseal({ mailguard: '{oops' })).toThrow(SyntaxError);
  });
});
