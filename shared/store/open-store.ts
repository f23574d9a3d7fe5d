/**
 * Opening the store: the database opens with a timeout and turns "blocked by an old connection" into an error instead
 * of waiting forever; then every operation is bound to it, with failures reported as `StoreError`.
 */
import { auditLog, verifyAuditLog } from './audit-log';
import { correctionFor, rememberCorrection } from './corrections';
import { MailguardDb } from './db';
import { decisionsFor, recordDecision } from './decisions';
import { expiryHistogram } from './expiry-histogram';
import { exportReview } from './export-review';
import { findBySubject, getLabel, getLabels, saveLabels } from './labels';
import type { MailguardStore } from './mailguard-store';
import { activePolicy, setPolicy } from './policies';
import { relabelOutdated } from './relabel-outdated';
import { reviewQueue } from './review-queue';
import { recordSharingEvent } from './sharing-events';
import { StoreError, toStoreError } from './store-error';
import { sweep } from './sweep';

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** Database name (default `mailguard`). */
  readonly name?: string;
  /** IndexedDB implementation, for Node tests (fake-indexeddb); the browser's by default. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Give up opening after this many ms (default 10 000) with a `timeout` StoreError. */
  readonly timeoutMs?: number;
}

/**
 * Opens `db`, failing with StoreError `blocked` when another connection holds an older version open and does not
 * close, `timeout` when opening takes longer than `timeoutMs`, or the mapped storage error. Never hangs.
 */
export function openDb(db: MailguardDb, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err?: StoreError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      db.on('blocked').unsubscribe(onBlocked);
      if (err) {
        db.close();
        reject(err);
      } else resolve();
    };
    const onBlocked = () =>
      finish(
        new StoreError(
          'blocked',
          'Another Mailguard tab or window keeps an older version of the database open; close it and try again.',
        ),
      );
    const timer = setTimeout(
      () => finish(new StoreError('timeout', `Opening the Mailguard database took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
    db.on('blocked', onBlocked);
    db.open().then(
      () => finish(),
      (err: unknown) => finish(toStoreError(err, 'opening the database')),
    );
  });
}

/** Runs an operation and reports its failure as a StoreError (TypeError from bad input → `invalid`). */
async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof TypeError) throw new StoreError('invalid', err.message, { cause: err });
    throw toStoreError(err, what);
  }
}

/** Binds every store operation to an open database (tests pass a database with injected failures). */
export function createStore(db: MailguardDb): MailguardStore {
  return {
    saveLabel: (input) => guard('saving a label', async () => (await saveLabels(db, [input]))[0]!),
    saveLabels: (inputs) => guard('saving labels', () => saveLabels(db, inputs)),
    getLabel: (mailboxId, messageId) => guard('reading a label', () => getLabel(db, mailboxId, messageId)),
    getLabels: (mailboxId, ids) => guard('reading labels', () => getLabels(db, mailboxId, ids)),
    rememberCorrection: (c) => guard('remembering the correction', () => rememberCorrection(db, c)),
    correctionFor: (q) => guard('reading corrections', () => correctionFor(db, q)),
    reviewQueue: (q) => guard('reading the review queue', () => reviewQueue(db, q)),
    expiryHistogram: (q) => guard('counting expiries per month', () => expiryHistogram(db, q)),
    recordDecision: (d) => guard('recording the decision', () => recordDecision(db, d)),
    decisionsFor: (mailboxId, messageId) => guard('reading decisions', () => decisionsFor(db, mailboxId, messageId)),
    recordSharingEvent: (e) => guard('recording the sharing event', () => recordSharingEvent(db, e)),
    sweep: (now) => guard('sweeping', () => sweep(db, now)),
    exportReview: (format, now) => guard('exporting the review', () => exportReview(db, format, now)),
    findBySubject: (address) => guard('finding labels by data subject', () => findBySubject(db, address)),
    auditLog: (opts) => guard('reading the audit log', () => auditLog(db, opts)),
    verifyAuditLog: () => guard('verifying the audit log', () => verifyAuditLog(db)),
    setPolicy: (policy, actor) => guard('setting the policy', () => setPolicy(db, policy, actor)),
    activePolicy: () => guard('reading the policy', () => activePolicy(db)),
    relabelOutdated: (policy, now) => guard('relabelling', () => relabelOutdated(db, policy, now)),
    close: () => db.close({ disableAutoOpen: true }),
  };
}

/**
 * Opens (creating or upgrading) the Mailguard database and returns the store.
 * @throws StoreError `blocked`, `timeout`, `quota` or `aborted` when the database cannot be opened.
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<MailguardStore> {
  const db = new MailguardDb(opts.name, {
    ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
    ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
  });
  await openDb(db, opts.timeoutMs);
  return createStore(db);
}
