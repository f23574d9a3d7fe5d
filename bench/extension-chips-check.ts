/**
 * What `extension.bench.ts` measures must be the real job: after each run, every list row of the bench page (?rows=N)
 * holds exactly one chip, and its category is the core's classification of that row's visible text (as the e2e tests
 * check on the normal demo page). Bench rows are copies of the demo emails: row i shows email i mod n, keyed
 * `<convId>-<i>`.
 */
import type { Page } from 'playwright-core';
import type { PageEmail } from '../scripts/demo/pages/dom';
import { rowClassification } from '../tests/e2e/extension-harness';

/** Rows checked, and a description of each row that was wrong (empty when all were right). */
export interface ChipsCheck {
  readonly rows: number;
  readonly wrong: readonly string[];
}

/** Checks every Outlook bench row's chip against the core. */
export async function checkOutlookChips(page: Page, emails: readonly PageEmail[]): Promise<ChipsCheck> {
  const shown = await page.$$eval('[role=listbox] [role=option][data-convid]', (rows) =>
    rows.map((r) => {
      const chips = r.querySelectorAll('mailguard-chip');
      return {
        convId: r.getAttribute('data-convid') ?? '',
        chips: chips.length,
        category: chips[0]?.getAttribute('data-category') ?? '',
      };
    }),
  );
  const byConv = new Map(emails.map((m) => [m.convId, m]));
  const expected = new Map<string, string>();
  const wrong: string[] = [];
  for (const row of shown) {
    const m = byConv.get(row.convId.replace(/-\d+$/, ''));
    if (!m) {
      wrong.push(`${row.convId}: no demo email`);
      continue;
    }
    let want = expected.get(m.convId);
    if (want === undefined) {
      want = rowClassification(m, 'outlook').category;
      expected.set(m.convId, want);
    }
    if (row.chips !== 1 || row.category !== want) {
      wrong.push(`${row.convId}: ${row.chips} chip(s), '${row.category}' (core: '${want}')`);
    }
  }
  return { rows: shown.length, wrong };
}
