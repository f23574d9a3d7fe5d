/**
 * Guards `assessSharing` against programmer misuse: a malformed draft throws a `TypeError` naming the field.
 */
import { assertAttachments, assertObject, assertString, assertStringList } from '../classify/validate-email-input';

/** Throws a precise `TypeError` unless `draft` has the DraftInput shape. */
export function validateDraftInput(draft: unknown): void {
  const what = 'assessSharing: draft';
  assertObject(draft, what);
  for (const field of ['from', 'subject', 'body']) assertString(draft, field, what);
  assertStringList(draft, 'to', what, false);
  assertStringList(draft, 'cc', what, true);
  assertStringList(draft, 'bcc', what, true);
  assertAttachments(draft, what);
  const type = draft.composeType;
  if (type !== undefined && type !== 'new' && type !== 'reply' && type !== 'forward') {
    throw new TypeError(`${what}.composeType must be 'new', 'reply' or 'forward', got ${JSON.stringify(type)}`);
  }
  if (draft.original === undefined) return;
  const original = `${what}.original`;
  assertObject(draft.original, original);
  assertString(draft.original, 'from', original);
  assertStringList(draft.original, 'to', original, false);
  assertStringList(draft.original, 'cc', original, true);
  const c = draft.original.classification;
  if (c !== undefined) {
    assertObject(c, `${original}.classification`);
    assertString(c, 'category', `${original}.classification`);
  }
}
