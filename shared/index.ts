/**
 * The public core API: everything both clients and the tools call. Pure TypeScript (no DOM, browser, Office or
 * Dexie): the store lives in `shared/store` and the UI in `shared/ui`, outside this entry point.
 */
export * from './core/classify';
export * from './core/detect';
export * from './core/policy';
export * from './core/retention';
export * from './core/sharing';
export * from './core/types';
export { type ImportedMessage, type ImportItem, importMailbox, type MailboxFormat, normaliseMessageId } from './import';
