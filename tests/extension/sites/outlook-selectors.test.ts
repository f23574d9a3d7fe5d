// @vitest-environment happy-dom
/**
 * Every Outlook selector against the synthetic fixtures, with the exact number of elements it must match in each UI
 * state. A selector missing from the table fails the test, so new selectors come with their counts.
 */
import { describe, expect, it } from 'vitest';
import { type OutlookSelector, outlookSelectors } from '../../../extension/sites/outlook/selectors';
import { loadFixture } from './load-fixture';

const COUNTS: Record<string, Record<OutlookSelector, number>> = {
  'outlook-list.html': {
    listSection: 1,
    row: 15,
    rowSender: 15,
    rowSubject: 15,
    rowPreview: 15,
    rowDate: 15,
    rowChipAnchor: 15,
    readingPane: 1,
    messageBody: 0,
    messageCard: 0,
    messageSubject: 0,
    messageHeaderHeading: 0,
    messageDate: 30,
    messageAttachment: 0,
    composeRoot: 0,
    composeTo: 0,
    composeCc: 0,
    composeBcc: 0,
    recipientPill: 0,
    recipientField: 0,
    composeSubject: 0,
    composeBody: 0,
    composeQuoted: 0,
    composeAttachment: 0,
    sendButton: 0,
    sendMenuItem: 0,
    recipientRemove: 0,
  },
  'outlook-reading-pane.html': {
    listSection: 1,
    row: 1,
    rowSender: 1,
    rowSubject: 1,
    rowPreview: 1,
    rowDate: 1,
    rowChipAnchor: 1,
    readingPane: 1,
    messageBody: 1,
    messageCard: 1,
    messageSubject: 5,
    messageHeaderHeading: 5,
    messageDate: 4,
    messageAttachment: 2,
    composeRoot: 0,
    composeTo: 0,
    composeCc: 0,
    composeBcc: 0,
    recipientPill: 0,
    recipientField: 0,
    composeSubject: 0,
    composeBody: 0,
    composeQuoted: 0,
    composeAttachment: 2,
    sendButton: 0,
    sendMenuItem: 0,
    recipientRemove: 0,
  },
  'outlook-compose.html': {
    listSection: 0,
    row: 0,
    rowSender: 0,
    rowSubject: 0,
    rowPreview: 0,
    rowDate: 0,
    rowChipAnchor: 0,
    readingPane: 1,
    messageBody: 0,
    messageCard: 0,
    messageSubject: 0,
    messageHeaderHeading: 0,
    messageDate: 2,
    messageAttachment: 1,
    composeRoot: 2,
    composeTo: 2,
    composeCc: 2,
    composeBcc: 1,
    recipientPill: 5,
    recipientField: 7,
    composeSubject: 2,
    composeBody: 2,
    composeQuoted: 2,
    composeAttachment: 1,
    sendButton: 2,
    sendMenuItem: 1,
    recipientRemove: 0,
  },
};

describe('Outlook selectors', () => {
  for (const [fixture, counts] of Object.entries(COUNTS)) {
    it(`match the expected counts in ${fixture}`, () => {
      const doc = loadFixture(fixture);
      const got = Object.fromEntries(
        Object.keys(outlookSelectors).map((k) => [
          k,
          doc.querySelectorAll(outlookSelectors[k as OutlookSelector]).length,
        ]),
      );
      expect(got).toEqual(counts);
    });
  }

  it('never rely on a generated class alone (each fragile one is marked and has a fallback in the adapter)', () => {
    const fragile = Object.entries(outlookSelectors).filter(
      ([, s]) => /\.[A-Za-z]{5}\b/.test(s) && !s.includes('fui-'),
    );
    expect(fragile.map(([k]) => k).sort()).toEqual(['rowChipAnchor', 'rowPreview', 'rowSubject']);
  });
});
