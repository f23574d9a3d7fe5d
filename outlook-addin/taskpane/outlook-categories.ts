/**
 * The label as Outlook categories ("Mailguard: Card data", "Mailguard: Retain 6y", "Mailguard: Review due"), so it
 * shows in the message list, in search and on every device. Missing categories are added to the mailbox's master list
 * with a fitting colour; Mailguard categories that no longer apply are taken off the item.
 */
import { shortPeriod } from '../../shared/ui/format-label';
import type { LabelStatusView } from '../../shared/ui/label-view';
import { officeAsync } from '../common/office-async';

/** Every Mailguard category starts with this. */
export const CATEGORY_PREFIX = 'Mailguard: ';

/** A category to apply: its name and its master-list colour (`Office.MailboxEnums.CategoryColor` preset name). */
export interface OutlookCategory {
  readonly displayName: string;
  readonly color: string;
}

/** Colours: red for what must not be kept or shared, purple for legal matters, orange for action due, etc. */
const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  card_data: 'Preset0', // red
  call_recording: 'Preset0',
  remote_access: 'Preset0',
  legal_order: 'Preset8', // purple
  dispute: 'Preset8',
  data_subject_request: 'Preset1', // orange
  account_payment: 'Preset7', // blue
  terms_update: 'Preset7',
  supplier_vetted: 'Preset5', // teal
  marketing: 'Preset3', // yellow
  internal: 'Preset12', // grey
};

const STATUS_CATEGORY: Readonly<Record<LabelStatusView, OutlookCategory | undefined>> = {
  active: undefined,
  due_soon: { displayName: `${CATEGORY_PREFIX}Review due`, color: 'Preset1' },
  expired: { displayName: `${CATEGORY_PREFIX}Expired`, color: 'Preset0' },
  legal_hold: { displayName: `${CATEGORY_PREFIX}Legal hold`, color: 'Preset8' },
  disposed: { displayName: `${CATEGORY_PREFIX}Disposed`, color: 'Preset12' },
};

/** The categories for a label: its category, its retention period, and its status when it needs attention. */
export function categoriesFor(label: {
  category: string;
  categoryTitle: string;
  period: string;
  status: LabelStatusView;
}): OutlookCategory[] {
  const period = shortPeriod(label.period);
  const out: OutlookCategory[] = [
    { displayName: `${CATEGORY_PREFIX}${label.categoryTitle}`, color: CATEGORY_COLOURS[label.category] ?? 'Preset4' },
    { displayName: `${CATEGORY_PREFIX}${period === '0d' ? 'Act now' : `Retain ${period}`}`, color: 'Preset5' },
  ];
  const status = STATUS_CATEGORY[label.status];
  if (status) out.push(status);
  return out;
}

/** Mailbox (master list) and item category APIs, as far as we use them (Mailbox 1.8). */
interface CategoryApi {
  getAsync(cb: (r: Office.AsyncResult<Office.CategoryDetails[]>) => void): void;
  addAsync(c: never, cb: (r: Office.AsyncResult<void>) => void): void;
  removeAsync?(c: string[], cb: (r: Office.AsyncResult<void>) => void): void;
}

/** Adds missing categories to the master list, then sets the item's Mailguard categories to exactly `wanted`. */
export async function applyCategories(mailbox: Office.Mailbox, wanted: readonly OutlookCategory[]): Promise<void> {
  const master = mailbox.masterCategories as unknown as CategoryApi | undefined;
  const itemCats = (mailbox.item as unknown as { categories?: CategoryApi } | undefined)?.categories;
  if (!master || !itemCats) throw new Error('This Outlook does not offer categories to add-ins (Mailbox 1.8 needed).');
  const existing = await officeAsync<Office.CategoryDetails[]>('masterCategories.getAsync', (cb) =>
    master.getAsync(cb),
  );
  const known = new Set(existing.map((c) => c.displayName.toLowerCase()));
  const missing = wanted.filter((c) => !known.has(c.displayName.toLowerCase()));
  if (missing.length) {
    await officeAsync<void>('masterCategories.addAsync', (cb) => master.addAsync(missing as never, cb));
  }
  const onItem = await officeAsync<Office.CategoryDetails[] | null>('categories.getAsync', (cb) =>
    itemCats.getAsync(cb as never),
  );
  const names = new Set(wanted.map((c) => c.displayName));
  const stale = (onItem ?? []).map((c) => c.displayName).filter((n) => n.startsWith(CATEGORY_PREFIX) && !names.has(n));
  if (stale.length && itemCats.removeAsync) {
    const remove = itemCats.removeAsync.bind(itemCats);
    await officeAsync<void>('categories.removeAsync', (cb) => remove(stale, cb));
  }
  const present = new Set((onItem ?? []).map((c) => c.displayName));
  const add = wanted.map((c) => c.displayName).filter((n) => !present.has(n));
  if (add.length) await officeAsync<void>('categories.addAsync', (cb) => itemCats.addAsync(add as never, cb));
}
