/** The send guard: recipient statuses and the allow / warn / block decision on a draft. */
export { assessSharing, type SharingContext } from './assess-sharing';
export { classifyRecipient, type RecipientContext } from './classify-recipient';
export { BLOCKING_KINDS, UNCOUNTED_KINDS } from './decide-sharing';
export { findLookalike, type Lookalike } from './find-lookalike';
export { skeleton } from './skeleton';
