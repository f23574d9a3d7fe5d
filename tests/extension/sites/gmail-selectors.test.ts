// @vitest-environment happy-dom
/**
 * Every Gmail selector against the synthetic fixtures, with the exact number of elements it must match in each UI
 * state (recipient selectors per field). A selector missing from the table fails the test.
 */
import { describe, expect, it } from 'vitest';
import { forField, type GmailSelector, gmailSelectors } from '../../../extension/sites/gmail/selectors';
import { loadFixture } from './load-fixture';

type Counts = Record<GmailSelector, number | readonly [number, number, number]>;
const none = [0, 0, 0] as const;

const COUNTS: Record<string, Counts> = {
  'gmail-list.html': {
    list: 2,
    row: 13,
    rowContinuation: 2,
    rowIds: 12,
    rowSender: 12,
    rowSubject: 12,
    rowSnippet: 12,
    rowDate: 12,
    rowChipAnchor: 13,
    rowAd: 2,
    threadSubject: 0,
    message: 0,
    messageSender: 0,
    messageRecipient: 0,
    messageDate: 0,
    messageBodyContainer: 0,
    messageBody: 0,
    messageAttachment: 0,
    composeRoot: 0,
    standaloneComposeRoot: 0,
    composeReplyTo: 0,
    composeRecipient: none,
    composeRecipientInput: none,
    composeLegacyRecipient: none,
    composeSubject: 0,
    composeBody: 0,
    composeQuoted: 0,
    composeAttachment: 0,
    sendButton: 0,
    scheduleSendItem: 0,
    recipientRemove: 0,
  },
  'gmail-thread.html': {
    list: 0,
    row: 0,
    rowContinuation: 0,
    rowIds: 1,
    rowSender: 4,
    rowSubject: 0,
    rowSnippet: 0,
    rowDate: 2,
    rowChipAnchor: 0,
    rowAd: 0,
    threadSubject: 1,
    message: 2,
    messageSender: 2,
    messageRecipient: 2,
    messageDate: 2,
    messageBodyContainer: 1,
    messageBody: 1,
    messageAttachment: 1,
    composeRoot: 1,
    standaloneComposeRoot: 0,
    composeReplyTo: 1,
    composeRecipient: [1, 0, 0],
    composeRecipientInput: [1, 1, 1],
    composeLegacyRecipient: none,
    composeSubject: 1,
    composeBody: 1,
    composeQuoted: 2,
    composeAttachment: 0,
    sendButton: 1,
    scheduleSendItem: 0,
    recipientRemove: 0,
  },
  'gmail-compose.html': {
    list: 0,
    row: 0,
    rowContinuation: 0,
    rowIds: 0,
    rowSender: 1,
    rowSubject: 0,
    rowSnippet: 0,
    rowDate: 0,
    rowChipAnchor: 0,
    rowAd: 0,
    threadSubject: 0,
    message: 0,
    messageSender: 0,
    messageRecipient: 0,
    messageDate: 0,
    messageBodyContainer: 0,
    messageBody: 0,
    messageAttachment: 0,
    composeRoot: 1,
    standaloneComposeRoot: 0,
    composeReplyTo: 1,
    composeRecipient: [2, 1, 0],
    composeRecipientInput: [1, 1, 1],
    composeLegacyRecipient: [0, 0, 1],
    composeSubject: 1,
    composeBody: 1,
    composeQuoted: 1,
    composeAttachment: 2,
    sendButton: 1,
    scheduleSendItem: 1,
    recipientRemove: 0,
  },
  'gmail-popout-compose.html': {
    list: 0,
    row: 0,
    rowContinuation: 0,
    rowIds: 0,
    rowSender: 0,
    rowSubject: 0,
    rowSnippet: 0,
    rowDate: 0,
    rowChipAnchor: 0,
    rowAd: 0,
    threadSubject: 0,
    message: 0,
    messageSender: 0,
    messageRecipient: 0,
    messageDate: 0,
    messageBodyContainer: 0,
    messageBody: 0,
    messageAttachment: 0,
    composeRoot: 0,
    standaloneComposeRoot: 1,
    composeReplyTo: 1,
    composeRecipient: [1, 0, 0],
    composeRecipientInput: [1, 1, 1],
    composeLegacyRecipient: none,
    composeSubject: 1,
    composeBody: 1,
    composeQuoted: 0,
    composeAttachment: 0,
    sendButton: 1,
    scheduleSendItem: 0,
    recipientRemove: 0,
  },
};

describe('Gmail selectors', () => {
  for (const [fixture, counts] of Object.entries(COUNTS)) {
    it(`match the expected counts in ${fixture}`, () => {
      const doc = loadFixture(fixture);
      const got = Object.fromEntries(
        (Object.keys(gmailSelectors) as GmailSelector[]).map((k) => {
          const s = gmailSelectors[k];
          return [
            k,
            s.includes('{field}')
              ? (['to', 'cc', 'bcc'] as const).map((f) => doc.querySelectorAll(forField(s, f)).length)
              : doc.querySelectorAll(s).length,
          ];
        }),
      );
      expect(got).toEqual(counts);
    });
  }
});
