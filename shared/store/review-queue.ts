/**
 * The review queue: labels grouped by status in priority order (expired, due soon, active, legal hold; disposed only
 * when asked for), each group ordered by `sort`, paged. Status is derived from `now` and each label's due date, so the
 * queue is right even before `sweep` runs; a held label is never expired. Every group is an index range read with
 * offset/limit (no full load); counts are index counts.
 */
import Dexie, { type Collection } from 'dexie';
import type { LabelRow, MailguardDb } from './db';
import { toStoredLabel } from './label-row';
import { activePolicy } from './policies';
import { DEFAULT_DUE_SOON_DAYS, dueSoonLimit, statusAt } from './retention-math';
import { StoreError } from './store-error';
import type { LabelPhase, LabelStatus, ReviewPage, ReviewQuery } from './types';

type Coll = Collection<LabelRow, [string, string]>;
/** A status as a phase and a dueKey range. */
export type Range = { phase: LabelPhase; lower: unknown; upper: unknown; openLower: boolean };

/** Groups in the order the queue shows them. */
export const ORDER: readonly LabelStatus[] = ['expired', 'due_soon', 'active', 'legal_hold'];
const MAX_PAGE_SIZE = 500;

/** The dueKey range of a status at `now` (`soon` = now + dueSoonDays). */
export function rangeOf(status: LabelStatus, now: string, soon: string): Range {
  const all = { lower: Dexie.minKey, upper: Dexie.maxKey, openLower: false };
  if (status === 'expired') return { phase: 'open', lower: Dexie.minKey, upper: now, openLower: false };
  if (status === 'due_soon') return { phase: 'open', lower: now, upper: soon, openLower: true };
  if (status === 'active') return { phase: 'open', lower: soon, upper: Dexie.maxKey, openLower: true };
  return { phase: status === 'legal_hold' ? 'held' : 'disposed', ...all };
}

/** A collection over one compound index `[...prefix, phase, dueKey]` for one status range. */
export function byDue(db: MailguardDb, index: string, prefix: readonly string[], r: Range): Coll {
  return db.labels
    .where(index)
    .between([...prefix, r.phase, r.lower], [...prefix, r.phase, r.upper], !r.openLower, true);
}

/**
 * One page of the queue, with counts per status and per category over the whole queue of `mailbox` (or of all
 * mailboxes) — the status and category filters narrow the items, not the counts, so a UI can show them as tabs.
 * @throws StoreError `invalid` for a bad `now`, page or pageSize.
 */
export async function reviewQueue(db: MailguardDb, q: ReviewQuery): Promise<ReviewPage> {
  if (!(q.now instanceof Date) || Number.isNaN(q.now.getTime()))
    throw new StoreError('invalid', 'now must be a valid Date');
  const page = q.page ?? 0;
  const pageSize = q.pageSize ?? 50;
  if (!Number.isInteger(page) || page < 0) throw new StoreError('invalid', 'page must be a whole number ≥ 0');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new StoreError('invalid', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  const dueSoonDays = (await activePolicy(db))?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const now = q.now.toISOString();
  const soon = dueSoonLimit(q.now, dueSoonDays);
  const sort = q.sort ?? 'expiresAt';
  const statuses = q.status ? [q.status] : ORDER;

  const collectionFor = (status: LabelStatus): Coll => {
    const r = rangeOf(status, now, soon);
    let coll: Coll;
    if (sort === 'receivedAt' || sort === '-receivedAt') {
      coll = db.labels.where('[phase+receivedAt]').between([r.phase, Dexie.minKey], [r.phase, Dexie.maxKey]);
      if (r.phase === 'open') coll = coll.filter((row) => statusAt('open', row.dueKey, q.now, dueSoonDays) === status);
      if (q.category) coll = coll.and((row) => row.category === q.category);
      if (q.mailbox) coll = coll.and((row) => row.mailboxId === q.mailbox);
    } else if (q.category) {
      coll = q.mailbox
        ? byDue(db, '[mailboxId+category+phase+dueKey]', [q.mailbox, q.category], r)
        : byDue(db, '[category+phase+dueKey]', [q.category], r);
    } else {
      coll = q.mailbox ? byDue(db, '[mailboxId+phase+dueKey]', [q.mailbox], r) : byDue(db, '[phase+dueKey]', [], r);
    }
    return sort.startsWith('-') ? coll.reverse() : coll;
  };

  // One read-only transaction for the whole page: requests run back to back without a transaction each, and the
  // counts are fired together. Group sizes reuse the status counts unless a category narrows the groups.
  return db.transaction('r', db.labels, async () => {
    const countsP = queueCounts(db, q.mailbox, now, soon);
    const groups = q.category
      ? await Promise.all(statuses.map(async (s) => ({ s, count: await collectionFor(s).count() })))
      : await countsP.then((c) => statuses.map((s) => ({ s, count: c.byStatus[s] ?? 0 })));
    const total = groups.reduce((n, g) => n + g.count, 0);
    const items: LabelRow[] = [];
    let skip = page * pageSize;
    for (const g of groups) {
      if (items.length >= pageSize) break;
      if (skip >= g.count) {
        skip -= g.count;
        continue;
      }
      items.push(
        ...(await collectionFor(g.s)
          .offset(skip)
          .limit(pageSize - items.length)
          .toArray()),
      );
      skip = 0;
    }
    return {
      items: items.map((r) => toStoredLabel(r, q.now, dueSoonDays)),
      total,
      page,
      pageSize,
      counts: await countsP,
    };
  });
}

/** Counts per status (disposed included) and per category (not disposed) of one mailbox or of all. */
async function queueCounts(
  db: MailguardDb,
  mailbox: string | undefined,
  now: string,
  soon: string,
): Promise<ReviewPage['counts']> {
  const index = mailbox ? '[mailboxId+phase+dueKey]' : '[phase+dueKey]';
  const prefix = mailbox ? [mailbox] : [];
  const statusCounts = Promise.all(
    ([...ORDER, 'disposed'] as const).map(
      async (s) => [s, await byDue(db, index, prefix, rangeOf(s, now, soon)).count()] as const,
    ),
  );
  // Skip-scan the category index (per mailbox or overall): jump from one category to the next instead of reading
  // every row; then count each category's held and open rows in one range ('disposed' < 'held' < 'open').
  const catIndex = mailbox ? '[mailboxId+category+phase+dueKey]' : '[category+phase+dueKey]';
  const categories: string[] = [];
  let key = await db.labels
    .where(catIndex)
    .between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey])
    .limit(1)
    .keys();
  while (key[0]) {
    const category = (key[0] as unknown as string[])[prefix.length]!;
    categories.push(category);
    key = await db.labels
      .where(catIndex)
      .between([...prefix, category, Dexie.maxKey], [...prefix, Dexie.maxKey], false)
      .limit(1)
      .keys();
  }
  const perCategory = await Promise.all(
    categories.map((c) =>
      db.labels
        .where(catIndex)
        .between([...prefix, c, 'held', Dexie.minKey], [...prefix, c, 'open', Dexie.maxKey])
        .count(),
    ),
  );
  const byCategory: Record<string, number> = {};
  categories.forEach((c, i) => {
    if (perCategory[i]) byCategory[c] = perCategory[i];
  });
  return { byStatus: Object.fromEntries(await statusCounts), byCategory };
}
