/**
 * Test helpers for the store: a fresh in-memory IndexedDB per store, a small synthetic policy, and label inputs
 * classified the way the core would (expiry = received + the category's period). Invented people only.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Policy } from '../../../shared/core/policy/schema';
import type { Classification, PersonalDataKind } from '../../../shared/core/types';
import { MailguardDb } from '../../../shared/store/db';
import type { MailguardStore } from '../../../shared/store/mailguard-store';
import { createStore, openDb } from '../../../shared/store/open-store';
import { addIsoDuration, statusAt } from '../../../shared/store/retention-math';
import type { LabelInput } from '../../../shared/store/types';

/** A store on its own fresh fake IndexedDB, plus a raw handle on the same database for inspection and tampering. */
export async function freshStore(
  name = 'mailguard-test',
): Promise<{ store: MailguardStore; db: MailguardDb; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const db = new MailguardDb(name, { indexedDB: factory, IDBKeyRange });
  await openDb(db);
  return { store: createStore(db), db, factory };
}

const category = (id: string, period: string, lawfulBasis: Policy['categories'][number]['lawfulBasis']) => ({
  id,
  title: id.replace(/_/g, ' '),
  description: `Synthetic test category ${id}.`,
  lawfulBasis,
  retention: { period, atEnd: 'review' as const, rationale: 'test' },
  clause: 'We retain contact information account data for as long as necessary.',
  rules: { subject: [], body: [], attachments: [], kinds: [], weight: 1 },
});

/** A small valid policy: account_payment P6Y, support_request P2Y, call_recording P3M, card_data P0D, general_comms P1Y. */
export function testPolicy(version = 'test-1', over: Partial<Policy> = {}): Policy {
  return {
    version,
    organisation: { name: 'Example Widgets Ltd', domains: ['example.co.uk'] },
    processors: [],
    categories: [
      category('account_payment', 'P6Y', 'contract'),
      category('support_request', 'P2Y', 'contract'),
      category('call_recording', 'P3M', 'consent'),
      category('card_data', 'P0D', 'legal_obligation'),
      category('general_comms', 'P1Y', 'legitimate_interests'),
    ],
    defaultCategory: 'general_comms',
    dueSoonDays: 30,
    subjectStorage: 'truncated',
    allowedSites: [],
    pasteGuard: true,
    ...over,
  };
}

/** Period of a test-policy category. */
export function periodOf(policy: Policy, id: string): string {
  return policy.categories.find((c) => c.id === id)!.retention.period;
}

/** A label input as a client would send it after classifying, with findings of the given kinds. */
export function labelInput(
  over: Partial<LabelInput> & { category?: string; kinds?: PersonalDataKind[]; now?: Date; policy?: Policy } = {},
): LabelInput {
  const policy = over.policy ?? testPolicy();
  const cat = over.category ?? 'support_request';
  const receivedAt = over.receivedAt ?? '2026-01-10T09:00:00.000Z';
  const period = periodOf(policy, cat);
  const valid = !Number.isNaN(new Date(receivedAt).getTime());
  const expiresAt = valid ? addIsoDuration(receivedAt, period) : '2030-01-01T00:00:00.000Z';
  const classification: Classification = over.classification ?? {
    category: cat,
    lawfulBasis: policy.categories.find((c) => c.id === cat)!.lawfulBasis,
    retention: {
      period,
      expiresAt,
      status: statusAt(
        'open',
        expiresAt,
        over.now ?? new Date('2026-11-25T12:00:00Z'),
        policy.dueSoonDays,
      ) as Classification['retention']['status'],
    },
    personalData: (over.kinds ?? ['phone']).map((kind, i) => ({
      kind,
      start: i * 10,
      end: i * 10 + 5,
      confidence: 0.9,
    })),
    reasons: [`Matched ${cat} rules.`],
  };
  return {
    mailboxId: over.mailboxId ?? 'mbx-anna',
    messageId: over.messageId ?? 'msg-1',
    ...(over.threadId ? { threadId: over.threadId } : {}),
    receivedAt,
    from: over.from ?? 'Priya Sharma <priya.sharma@customer.example>',
    participants: over.participants ?? ['priya.sharma@customer.example', 'support@example.co.uk'],
    subject: over.subject ?? 'My broadband keeps dropping — call me on 07700 900123',
    classification,
    policyVersion: over.policyVersion ?? policy.version,
    ...(over.correctedBy ? { correctedBy: over.correctedBy } : {}),
  };
}

/** Expects a promise to reject with a StoreError of `code`; returns the error. */
export async function rejectsWith(p: Promise<unknown>, code: string): Promise<Error & { code: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as Error & { code: string };
    if (e.name !== 'StoreError' || e.code !== code)
      throw new Error(`expected StoreError ${code}, got ${e.name} ${e.code}: ${e.message}`);
    return e;
  }
  throw new Error(`expected StoreError ${code}, but it resolved`);
}
