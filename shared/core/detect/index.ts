/**
 * Personal-data detection: the public surface (re-exported by `shared/index.ts`).
 */

export { describeKind } from './describe-kind';
export { type DetectOptions, detectPersonalData } from './detect-personal-data';
export { maskFinding } from './mask-finding';
export { maskValue } from './mask-value';
