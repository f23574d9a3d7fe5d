/** Mailbox import: DOM-free parsing of mbox / .eml / .msg exports (see README "Importing mailbox exports"). */
export { htmlToText } from './html-to-text';
export { type ImportItem, type ImportOptions, importMailbox, type MailboxFormat } from './import-mailbox';
export { HASH_KEY_PREFIX, headerHashKey, normaliseMessageId } from './normalise-message-id';
export type { ImportedMessage } from './parse-message';
