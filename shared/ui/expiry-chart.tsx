/** Items expiring per month as an SVG bar chart, with the same figures as a table for screen readers. */
import type { ExpiryMonth } from './review-types';

const PAD = 14;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03" → "Mar 2026"; "overdue" → "Overdue". */
export function monthWords(month: string): string {
  if (month === 'overdue') return 'Overdue';
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** Props of {@link ExpiryChart}. */
export interface ExpiryChartProps {
  readonly months: readonly ExpiryMonth[];
}

/** The chart. */
export function ExpiryChart({ months }: ExpiryChartProps) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const barW = 36;
  const h = 120;
  return (
    <section aria-labelledby="mg-chart-h">
      <h2 id="mg-chart-h">Items expiring per month</h2>
      {months.length === 0 ? <p>Nothing stored expires.</p> : null}
      <svg
        width={Math.max(200, PAD * 2 + months.length * (barW + 8))}
        height={h + 36}
        aria-hidden="true"
        class="mg-chart"
        data-testid="expiry-chart"
      >
        {months.map((m, i) => {
          const bh = Math.round((m.count / max) * h);
          return (
            <g key={m.month}>
              <rect
                x={PAD + i * (barW + 8)}
                y={h - bh + 12}
                width={barW}
                height={bh}
                fill={m.month === 'overdue' ? '#8b1a1a' : '#0b57d0'}
              />
              <text x={PAD + i * (barW + 8) + barW / 2} y={h - bh + 8} text-anchor="middle" font-size="11">
                {m.count}
              </text>
              <text x={PAD + i * (barW + 8) + barW / 2} y={h + 28} text-anchor="middle" font-size="10">
                {m.month === 'overdue' ? 'Overdue' : monthWords(m.month).replace(' 20', " '")}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="mg-sr-only">
        <caption>Items expiring per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Items</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <td>{monthWords(m.month)}</td>
              <td>{m.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
