/** Which Outlook item id the review pane opens a stored message with. */
import { outlookItemId } from '../../../outlook-addin/review/outlook-item-id';
import { itemIdBook, type StorageLike } from '../../../outlook-addin/taskpane/item-ids';
import { staff } from '../fixtures';
import { createOfficeStub } from '../office-stub/office-stub';

function memory(): StorageLike {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('outlookItemId', () => {
  const { Office } = createOfficeStub({ user: staff, item: null });
  beforeAll(() => {
    (globalThis as { Office?: unknown }).Office = Office;
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
  const mailbox = Office.context.mailbox as unknown as Office.Mailbox;

  it('uses the id this device remembered, then what the key itself says, else nothing', () => {
    const itemIds = itemIdBook(memory());
    itemIds.remember('abc@mail.example', 'AAMkAD-1');
    expect(outlookItemId({ itemIds, mailbox }, 'abc@mail.example')).toBe('AAMkAD-1');
    expect(outlookItemId({ itemIds, mailbox }, 'ews:AAMkAD-2')).toBe('AAMkAD-2');
    expect(outlookItemId({ itemIds, mailbox }, 'graph:AAMkAD-3')).toBe('AAMkAD-3'); // stub's convertToEwsId
    expect(outlookItemId({ itemIds, mailbox }, 'never-seen@mail.example')).toBeUndefined();
  });

  it('keeps the newest ids, a re-remembered one counting as new', () => {
    const itemIds = itemIdBook(memory(), 3);
    for (const i of [0, 1, 2]) itemIds.remember(`m${i}`, `id${i}`);
    itemIds.remember('m0', 'id0-moved');
    itemIds.remember('m3', 'id3');
    expect(itemIds.lookup('m1')).toBeUndefined();
    expect(itemIds.lookup('m0')).toBe('id0-moved');
    expect(itemIds.lookup('m3')).toBe('id3');
  });
});
