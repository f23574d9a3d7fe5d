/**
 * What every detector reads: the normalised text plus passes shared between detectors, computed at most once per call
 * (lazily, so a `kinds` filter that needs no digits never scans for them).
 */
import { type NumberRun, scanNumberRuns } from './number-runs';

/** The normalised text and its shared passes. Offsets are into `text` (the normalised text). */
export interface TextScan {
  readonly text: string;
  /** Maximal digit-group runs (see number-runs.ts), in order. */
  numberRuns(): readonly NumberRun[];
}

/** Creates the shared scan state for one detection call. */
export function createTextScan(text: string): TextScan {
  let runs: NumberRun[] | null = null;
  return {
    text,
    numberRuns() {
      if (runs === null) runs = scanNumberRuns(text);
      return runs;
    },
  };
}
