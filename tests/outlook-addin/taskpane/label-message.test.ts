/**
 * labelMessage, the pane's read-mode work, in Node: the Office stub (node realm) and the real store on
 * fake-indexeddb. Checks what the user relies on: the label is saved and shown, a remembered correction wins, and
 * every Outlook write that fails is reported while the label is still shown.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addinStorage } from '../../../outlook-addin/common/addin-storage';
import { ITEM_LABEL_PROPERTY } from '../../../outlook-addin/common/item-label';
import { itemIdBook, type StorageLike } from '../../../outlook-addin/taskpane/item-ids';
import { labelMessage } from '../../../outlook-addin/taskpane/label-message';
import type { PaneEnv } from '../../../outlook-addin/taskpane/pane-env';
import { defaultPolicy } from '../../../shared/core/policy';
import { openStore } from '../../../shared/store';
import { colleague, customer, staff } from '../fixtures';
import { createOfficeStub } from '../office-stub/office-stub';
import type { StubSpec } from '../office-stub/stub-spec';

const now = new Date('2026-11-25T12:00:00Z');
const cardMail: NonNullable<StubSpec['item']> = {
  mode: 'read',
  itemId: 'AAMkAD-card-1',
  conversationId: 'conv-card-1',
  from: customer,
  to: [{ emailAddress: staff.emailAddress, displayName: staff.displayName }],
  subject: 'Payment for invoice 20931',
  body: 'Please take the payment with my card 4111 1111 1111 1111, expiry 09/28. Maria Lopez',
  dateTimeCreated: '2026-11-20T09:30:00Z',
};

function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

async function setup(spec: StubSpec) {
  const stub = createOfficeStub(spec);
  const store = await openStore({ name: `t-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  await store.setPolicy(defaultPolicy, staff.emailAddress);
  const runtime = new Map<string, string>();
  const env: PaneEnv = {
    mailbox: stub.Office.context.mailbox as unknown as Office.Mailbox,
    storage: addinStorage({
      runtime: { getItem: async (k) => runtime.get(k) ?? null, setItem: async (k, v) => void runtime.set(k, v) },
    }),
    now: () => now,
    fetchJson: async () => undefined,
    store: async () => store,
    supports: () => true,
    itemIds: itemIdBook(memoryStorage()),
  };
  return { stub, store, env };
}

describe('labelMessage', () => {
  beforeAll(() => {
    (globalThis as { Office?: unknown }).Office = createOfficeStub({ user: staff, item: null }).Office;
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('saves the label in the store, on the item and as categories', async () => {
    const { stub, store, env } = await setup({ user: staff, item: cardMail });
    const r = await labelMessage(env, defaultPolicy);
    expect(r.problems).toEqual([]);
    expect(r.view.category).toBe('card_data');
    // Stored under the Message-ID (as the scan and the import store it), not the folder-dependent item id.
    expect((await store.getLabel(staff.emailAddress, 'AAMkAD-card-1@mail.example'))?.category).toBe('card_data');
    expect(env.itemIds.lookup('AAMkAD-card-1@mail.example')).toBe('AAMkAD-card-1');
    const item = stub.state.item as { savedCustomProperties: Record<string, string>; appliedCategories: string[] };
    expect(JSON.parse(item.savedCustomProperties[ITEM_LABEL_PROPERTY] ?? '{}').category).toBe('card_data');
    expect(item.appliedCategories).toContain('Mailguard: Card data');
  });

  it('applies a remembered correction for the sender', async () => {
    const { env, store } = await setup({
      user: staff,
      item: { ...cardMail, from: colleague, subject: 'Rota', body: 'Can you cover Friday?' },
    });
    await store.rememberCorrection({
      mailboxId: staff.emailAddress,
      from: colleague.emailAddress,
      category: 'support_request',
      actor: staff.emailAddress,
      reason: 'Priya forwards customer requests',
    });
    const r = await labelMessage(env, defaultPolicy);
    expect(r.view.category).toBe('support_request');
    expect(r.view.source).toBe('person');
  });

  it('reports each Outlook write that fails and still shows the label', async () => {
    const { env } = await setup({
      user: staff,
      item: cardMail,
      failures: { 'customProperties.saveAsync': 'fail', 'masterCategories.addAsync': 'fail' },
    });
    const r = await labelMessage(env, defaultPolicy);
    expect(r.view.category).toBe('card_data');
    expect(r.problems.join('\n')).toMatch(/Outlook categories not applied: masterCategories.addAsync/);
    expect(r.problems.join('\n')).toMatch(/not stored on the message: customProperties.saveAsync/);
  });

  it('shows the label from the core when the store cannot be opened, saying so', async () => {
    const { env } = await setup({ user: staff, item: cardMail });
    const r = await labelMessage(
      { ...env, store: () => Promise.reject(new Error('IndexedDB is blocked')) },
      defaultPolicy,
    );
    expect(r.view.category).toBe('card_data');
    expect(r.problems[0]).toMatch(/could not be saved in Mailguard's store: IndexedDB is blocked/);
  });
});
