/** A person's remembered correction wins over the machine for scanned/imported mail (real store on fake-indexeddb). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { rememberedCorrection } from '../../../outlook-addin/scan/remembered-correction';
import { classifyEmail, defaultPolicy } from '../../../shared';
import { openStore } from '../../../shared/store';
import type { LabelInput } from '../../../shared/store/types';

const now = new Date('2026-11-25T00:00:00Z');

function label(from: string): LabelInput {
  const email = {
    from,
    to: ['support@mailguard.test'],
    subject: 'Quarterly newsletter',
    body: 'Our spring offers: 20% off all plans this month. Unsubscribe at any time.',
    receivedAt: '2025-03-01T09:00:00.000Z',
  };
  return {
    mailboxId: 'alex.manager@mailguard.test',
    messageId: `${from}-1`,
    receivedAt: email.receivedAt,
    from,
    participants: [from, ...email.to],
    subject: email.subject,
    classification: classifyEmail(email, { policy: defaultPolicy, now }),
    policyVersion: defaultPolicy.version,
  };
}

describe('rememberedCorrection', () => {
  it('relabels mail from a sender a manager corrected, naming who; leaves other mail alone', async () => {
    const store = await openStore({ name: 'correction-test', indexedDB: new IDBFactory(), IDBKeyRange });
    await store.rememberCorrection({
      mailboxId: 'alex.manager@mailguard.test',
      from: 'billing@supplier.example',
      category: 'supplier_vetted',
      actor: 'alex.manager@mailguard.test',
      reason: 'This is our vetted supplier, not marketing',
    });
    const correct = rememberedCorrection(
      async () => store,
      defaultPolicy,
      () => now,
    );
    const corrected = await correct(label('billing@supplier.example'));
    expect(corrected.classification.category).toBe('supplier_vetted');
    expect(corrected.correctedBy).toBe('alex.manager@mailguard.test');
    const untouched = label('news@elsewhere.example');
    expect(await correct(untouched)).toBe(untouched);
    store.close();
  });
});
