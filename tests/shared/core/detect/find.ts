/**
 * Test helper: what `detectPersonalData` finds, as `kind: "text"` strings (easy to read in a failing assertion).
 */
import { detectPersonalData } from '../../../../shared/core/detect';
import type { PersonalDataKind } from '../../../../shared/core/types';

/** The texts found of `kind` (all kinds of the full pipeline, then filtered). */
export function found(text: string, kind: PersonalDataKind): string[] {
  return detectPersonalData(text)
    .filter((f) => f.kind === kind)
    .map((f) => text.slice(f.start, f.end));
}

/** Every finding as `kind: "text"`. */
export function everything(text: string): string[] {
  return detectPersonalData(text).map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`);
}
