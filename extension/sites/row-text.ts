/**
 * A list row's cells (`RowCells`, read by a site adapter as shown) into the `RowText` the core classifies: the sender's
 * address, the date received, white space collapsed. Pure: the background runs it for the rows a content script sends,
 * and the adapters' `readRow` runs it for a single row.
 */
import type { RowCells, RowText } from '../messaging/protocol';
import { addressIn, normalizeText, parseShownDate } from './read-text';

/** Reads a row's cells as text; `now` dates a clock-only date and stands in for a row with no date. */
export function rowTextOf(cells: RowCells, now: Date): RowText {
  let from = '';
  for (const text of cells.from) {
    from = addressIn(text);
    if (from) break;
  }
  let receivedAt: string | null = null;
  for (const text of cells.dates) {
    receivedAt = parseShownDate(text, now);
    if (receivedAt) break;
  }
  return {
    messageId: cells.messageId,
    ...(cells.threadId !== undefined ? { threadId: cells.threadId } : {}),
    from,
    subject: normalizeText(cells.subject),
    preview: normalizeText(cells.preview),
    receivedAt: receivedAt ?? now.toISOString(),
  };
}
