/** Outlook categories: created in the master list with their colour when missing, stale Mailguard ones removed, others kept. */
import { applyCategories, categoriesFor } from '../../../outlook-addin/taskpane/outlook-categories';
import { staff } from '../fixtures';
import { createOfficeStub } from '../office-stub/office-stub';

describe('Outlook categories', () => {
  it('names the category, the retention and a status that needs attention', () => {
    expect(
      categoriesFor({
        category: 'account_payment',
        categoryTitle: 'Account and payment',
        period: 'P6Y',
        status: 'due_soon',
      }),
    ).toEqual([
      { displayName: 'Mailguard: Account and payment', color: 'Preset7' },
      { displayName: 'Mailguard: Retain 6y', color: 'Preset5' },
      { displayName: 'Mailguard: Review due', color: 'Preset1' },
    ]);
    expect(
      categoriesFor({ category: 'card_data', categoryTitle: 'Card data', period: 'P0D', status: 'expired' }).map(
        (c) => c.displayName,
      ),
    ).toEqual(['Mailguard: Card data', 'Mailguard: Act now', 'Mailguard: Expired']);
  });

  it('adds missing master categories, replaces stale Mailguard ones on the item and keeps the user’s own', async () => {
    const { Office, state } = createOfficeStub({
      user: staff,
      item: { mode: 'read', itemId: 'i1', categories: ['Mailguard: Internal', 'Mailguard: Retain 1y', 'Follow up'] },
      masterCategories: [
        { displayName: 'Mailguard: Retain 6y', color: 'Preset5' },
        { displayName: 'Follow up', color: 'Preset3' },
      ],
    });
    const wanted = categoriesFor({
      category: 'account_payment',
      categoryTitle: 'Account and payment',
      period: 'P6Y',
      status: 'active',
    });
    await applyCategories(Office.context.mailbox as unknown as Office.Mailbox, wanted);
    expect(state.masterCategories).toEqual([
      { displayName: 'Mailguard: Retain 6y', color: 'Preset5' },
      { displayName: 'Follow up', color: 'Preset3' },
      { displayName: 'Mailguard: Account and payment', color: 'Preset7' },
    ]);
    expect((state.item as { appliedCategories: string[] }).appliedCategories.sort()).toEqual([
      'Follow up',
      'Mailguard: Account and payment',
      'Mailguard: Retain 6y',
    ]);
  });

  it('says so when the client has no categories API', async () => {
    const { Office } = createOfficeStub({ user: staff, item: { mode: 'read', itemId: 'i1' } });
    const mailbox = { ...Office.context.mailbox, masterCategories: undefined } as unknown as Office.Mailbox;
    await expect(applyCategories(mailbox, [])).rejects.toThrow(/Mailbox 1.8/);
  });
});
