/**
 * Schema-upgrade harness: seed a database with a Dexie that declares ONLY the versions up to `version` (exactly what
 * an older release had), close it, reopen it with the current schema, and report every table's row count before and
 * after. Adding schema version N+1? Add a seed for version N to `SEEDS` in `migrations.test.ts`; the test then checks
 * the upgrade from every older version, end to end.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MailguardDb } from '../../../shared/store/db';
import { openDb } from '../../../shared/store/open-store';

/** Seeds rows through a database declared up to one version. */
export type Seed = (db: MailguardDb) => Promise<void>;

/** Row counts per table. */
export type Counts = Record<string, number>;

async function countAll(db: MailguardDb): Promise<Counts> {
  const counts: Counts = {};
  for (const t of db.tables) counts[t.name] = await t.count();
  return counts;
}

/**
 * Seeds at `version`, upgrades to the current schema and returns the counts on both sides plus the open current
 * database (close it when done).
 */
export async function upgradeFrom(
  version: number,
  seed: Seed,
): Promise<{ before: Counts; after: Counts; db: MailguardDb }> {
  const factory = new IDBFactory();
  const old = new MailguardDb('mailguard-upgrade', { indexedDB: factory, IDBKeyRange }, version);
  await openDb(old);
  if (old.verno !== version) throw new Error(`seeded at ${old.verno}, expected ${version}`);
  await seed(old);
  const before = await countAll(old);
  old.close();
  const db = new MailguardDb('mailguard-upgrade', { indexedDB: factory, IDBKeyRange });
  await openDb(db);
  return { before, after: await countAll(db), db };
}
