/**
 * The mbox envelope line (`From sender asctime-date`) that starts each message (RFC 4155), and the mboxrd escaping of
 * body lines that begin with `From `.
 */

const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const DAYS = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** asctime as mbox writers print it: Thunderbird `Sat Jan  3 01:05:34 1996`, Google Takeout `Tue Mar 03 12:00:00 +0000 2020`. */
const ASCTIME = new RegExp(
  `(?:(?:${DAYS}),?\\s+)?(${MONTHS.join('|')})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+(?:([+-]\\d{4}|[A-Z]{3,4})\\s+)?(\\d{4})`,
);

/** True when the line starts with `From ` (the bytes, case-sensitive). */
export function startsWithFrom(line: Uint8Array, at = 0): boolean {
  if (line.length < at + 5) return false;
  for (let i = 0; i < 5; i++) if (line[at + i] !== FROM_[i]) return false;
  return true;
}

/**
 * Whether a line separates messages. Writers escape body lines that start with `From ` (`>From `), so a `From ` line
 * is an envelope when it is the first line, follows an empty line, or carries an asctime date (writers that omit
 * the blank line between messages still write the date).
 */
export function isEnvelopeLine(line: Uint8Array, previousWasEmpty: boolean): boolean {
  if (!startsWithFrom(line)) return false;
  if (previousWasEmpty) return true;
  return ASCTIME.test(latin1(line));
}

/**
 * Undoes mboxrd quoting: a line of one or more `>` followed by `From ` loses one `>`. Returns the same view when the
 * line is not quoted.
 */
export function unescapeMboxrd(line: Uint8Array): Uint8Array {
  if (line[0] !== 0x3e) return line;
  let i = 1;
  while (line[i] === 0x3e) i++;
  return startsWithFrom(line, i) ? line.subarray(1) : line;
}

/** The envelope's date as an ISO instant (asctime is UTC unless a numeric zone follows the time), or undefined. */
export function envelopeDate(line: Uint8Array): string | undefined {
  const m = ASCTIME.exec(latin1(line));
  if (!m) return undefined;
  const [, mon, day, hh, mm, ss, zone, year] = m;
  const month = MONTHS.indexOf(mon ?? '');
  let ms = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss ?? 0));
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(day) || Number(hh) > 23) return undefined;
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  return new Date(ms).toISOString();
}

/**
 * Decodes bytes one-to-one (byte n → U+00nn, unlike TextDecoder's 'latin1', which is windows-1252), for pattern
 * matching and for handing header lines back byte-exact.
 */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}
