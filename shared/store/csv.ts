/**
 * CSV writing (RFC 4180) safe to open in a spreadsheet.
 */

/** Characters that make a spreadsheet read a cell as a formula (CSV/formula injection), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: null/undefined → empty; a text starting with `= + - @`, tab or CR gets a leading `'` so a spreadsheet
 * shows it as text instead of running it; quoted when it holds a comma, quote or line break (quotes doubled).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no line terminator). */
export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}
