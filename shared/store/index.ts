/**
 * Mailguard's storage: labels, the review queue and decisions, sharing events, policy versions and the hash-chained
 * audit log, in IndexedDB through Dexie. Both clients import this (never the core's `shared/index.ts`, which stays
 * Dexie-free). Start with {@link openStore}.
 */
export { GENESIS_HASH } from './audit-chain';
export { DEFAULT_DB_NAME } from './db';
export { CURRENT_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './db-schema';
export type { ExpiryHistogram, ExpiryHistogramQuery } from './expiry-histogram';
export { hashAddress, normaliseAddress } from './hashing';
export { SUBJECT_MAX } from './label-row';
export { type OpenStoreOptions, openStore } from './open-store';
export { StoreError, type StoreErrorCode } from './store-error';
export type * from './types';
