/**
 * `detectPersonalData`: finds personal data in a text and returns where it is (UTF-16 offsets into the text given).
 *
 * Pipeline: normalise (zero-width characters out, full-width digits in; offset map kept) → shared scan → every
 * registered detector (or those of `options.kinds`) → map offsets back to the original text → overlap rule
 * (resolve-overlaps.ts) → sorted, non-overlapping findings. Linear in the text length.
 */
import { type Finding, PERSONAL_DATA_KINDS, type PersonalDataKind } from '../types';
import { normalizeText } from './normalize-text';
import { DETECTORS, TRIGGERS } from './registry';
import { resolveOverlaps } from './resolve-overlaps';
import { createTextScan } from './text-scan';

/** Options of {@link detectPersonalData}. */
export interface DetectOptions {
  /** Only these kinds (default: every kind). */
  readonly kinds?: readonly PersonalDataKind[];
}

const KNOWN = new Set<string>(PERSONAL_DATA_KINDS);

function kindFilter(options: DetectOptions | undefined): Set<PersonalDataKind> | null {
  if (options === undefined) return null;
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `detectPersonalData: options must be an object, got ${options === null ? 'null' : typeof options}`,
    );
  }
  if (options.kinds === undefined) return null;
  if (!Array.isArray(options.kinds)) throw new TypeError('detectPersonalData: options.kinds must be an array of kinds');
  for (const k of options.kinds) {
    if (!KNOWN.has(k)) throw new TypeError(`detectPersonalData: unknown kind ${JSON.stringify(k)} in options.kinds`);
  }
  return new Set(options.kinds);
}

/**
 * Finds personal data in `text`.
 *
 * @returns findings sorted by start, none overlapping; offsets are UTF-16 indices into `text` (end exclusive).
 * @throws TypeError when `text` is not a string or `options.kinds` names an unknown kind.
 */
export function detectPersonalData(text: string, options?: DetectOptions): Finding[] {
  if (typeof text !== 'string') {
    throw new TypeError(`detectPersonalData: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  return detectFrom(text, 0, kindFilter(options));
}

/**
 * `detectPersonalData(text)` with every offset moved on by `offset`: the findings of a part of a longer text (a
 * message's body), indexed into that text without joining it. Internal to the core; `text` must be a string.
 */
export function detectPersonalDataAt(text: string, offset: number): Finding[] {
  return detectFrom(text, offset, null);
}

function detectFrom(text: string, offset: number, only: Set<PersonalDataKind> | null): Finding[] {
  if (text.length === 0) return [];
  const normalized = normalizeText(text);
  const scan = createTextScan(normalized.text, TRIGGERS);
  const map = normalized.map; // see toOriginalSpan: a span [s, e) maps to [map[s], map[e - 1] + 1)
  const found: Finding[] = [];
  for (const detector of DETECTORS) {
    if (only !== null && !only.has(detector.kind)) continue;
    const kind = detector.kind;
    detector.detect(scan, (start, end, confidence) => {
      if (!(start < end) || start < 0 || end > normalized.text.length) return;
      const c = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
      if (map === null) found.push({ kind, start: start + offset, end: end + offset, confidence: c });
      else found.push({ kind, start: map[start]! + offset, end: map[end - 1]! + 1 + offset, confidence: c });
    });
  }
  return resolveOverlaps(found);
}
