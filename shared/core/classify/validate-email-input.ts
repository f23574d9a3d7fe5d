/**
 * Guards the core's entry points against programmer misuse: wrong shapes throw a `TypeError` that names the field.
 * Odd but well-typed data (an empty body, a 10 MB body, an unparseable address) is not misuse and passes.
 */
import type { AttachmentInfo } from '../types';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** Throws unless `value` is an object. */
export function assertObject(value: unknown, what: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${what} must be an object, got ${typeName(value)}`);
  }
}

/** Throws unless `record[field]` is a string. */
export function assertString(record: Record<string, unknown>, field: string, what: string): void {
  if (typeof record[field] !== 'string') {
    throw new TypeError(`${what}.${field} must be a string, got ${typeName(record[field])}`);
  }
}

/** Throws unless `record[field]` is an array of strings (or absent, when optional). */
export function assertStringList(
  record: Record<string, unknown>,
  field: string,
  what: string,
  optional: boolean,
): void {
  const value = record[field];
  if (value === undefined && optional) return;
  if (!Array.isArray(value))
    throw new TypeError(`${what}.${field} must be an array of strings, got ${typeName(value)}`);
  const bad = value.findIndex((v) => typeof v !== 'string');
  if (bad >= 0) throw new TypeError(`${what}.${field}[${bad}] must be a string, got ${typeName(value[bad])}`);
}

/** Throws unless `record.attachments` is absent or a list of `{ name, contentType, size? }`. */
export function assertAttachments(record: Record<string, unknown>, what: string): void {
  const list = record.attachments;
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new TypeError(`${what}.attachments must be an array, got ${typeName(list)}`);
  list.forEach((a: unknown, i) => {
    const at = `${what}.attachments[${i}]`;
    assertObject(a, at);
    assertString(a, 'name', at);
    assertString(a, 'contentType', at);
    if (a.size !== undefined && (typeof a.size !== 'number' || !(a.size >= 0))) {
      throw new TypeError(`${at}.size must be a non-negative number when given`);
    }
  });
}

/** True when the YYYY-MM-DD a string starts with is a real calendar day (no 30 February). */
function realDay(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses an ISO 8601 date or date-time; throws a `TypeError` naming `what` when it is not one. */
export function parseInstant(value: unknown, what: string): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !realDay(String(value).trim())) {
    throw new TypeError(
      `${what} must be an ISO 8601 date-time such as 2026-11-25T09:30:00Z, got ${JSON.stringify(value)}`,
    );
  }
  return date;
}

/** Throws a precise `TypeError` unless `email` has the EmailInput shape; returns its received instant. */
export function validateEmailInput(email: unknown, caller: string): Date {
  const what = `${caller}: email`;
  assertObject(email, what);
  for (const field of ['from', 'subject', 'body']) assertString(email, field, what);
  assertStringList(email, 'to', what, false);
  assertStringList(email, 'cc', what, true);
  assertAttachments(email, what);
  return parseInstant(email.receivedAt, `${what}.receivedAt`);
}

/** Throws unless `now` is a valid Date (or absent); returns it or the current time. */
export function resolveNow(now: unknown, caller: string): Date {
  if (now === undefined) return new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError(`${caller}: context.now must be a valid Date, got ${typeName(now)}`);
  }
  return now;
}

/** The attachments list, defaulting to none. */
export const attachmentsOf = (x: { readonly attachments?: readonly AttachmentInfo[] }): readonly AttachmentInfo[] =>
  x.attachments ?? [];
