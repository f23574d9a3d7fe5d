/** Retention: calendar arithmetic on ISO 8601 durations and a message's retention status. */
export { addDuration, type DurationParts, parseDuration } from './add-duration';
export { computeRetention, type Retention, type RetentionContext, retentionStatus } from './compute-retention';
