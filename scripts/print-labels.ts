/**
 * `npm start` / `npm run labels`: classifies the bundled synthetic sample mails (one per policy category; `--all`
 * for every fixture) with the default policy and prints each one's label as a table.
 */
import { classifyEmail, defaultPolicy, describeKind, describePeriod, parseAddress } from '../shared';
import { type EmailFixture, trainingEmails, unseenEmails, unseenSecondEmails } from '../tests/fixtures/emails';

const all = process.argv.includes('--all');
const samples: readonly EmailFixture[] = all
  ? [...trainingEmails, ...unseenEmails, ...unseenSecondEmails]
  : defaultPolicy.categories.flatMap((c) => trainingEmails.find((f) => f.expected === c.id) ?? []);
const now = new Date();

const pad = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
const columns = [
  ['from', 26],
  ['subject', 34],
  ['category', 21],
  ['basis', 20],
  ['retention', 10],
  ['expires', 10],
  ['status', 9],
  ['personal data', 40],
] as const;

const rows = samples.map(({ email }) => {
  const label = classifyEmail(email, { now });
  const category = defaultPolicy.categories.find((c) => c.id === label.category);
  const sender = parseAddress(email.from);
  const kinds = [...new Set(label.personalData.map((f) => describeKind(f.kind)))].join(', ') || '—';
  return [
    sender?.displayName || sender?.address || email.from,
    email.subject,
    category?.title ?? label.category,
    label.lawfulBasis.replace('_', ' '),
    describePeriod(label.retention.period).replace(' (act at once)', ''),
    label.retention.expiresAt?.slice(0, 10) ?? '—',
    label.retention.status,
    kinds,
  ];
});

const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, columns[i]?.[1] ?? 10)).join('  ');
console.log(
  `Mailguard labels — ${samples.length} synthetic sample mails, policy ${defaultPolicy.version}, on ${now.toISOString().slice(0, 10)}\n`,
);
console.log(line(columns.map(([name]) => name)));
console.log(line(columns.map(([, width]) => '─'.repeat(width))));
for (const row of rows) console.log(line(row));
console.log(`\nHover a label in the clients for its reasons; \`npm run labels -- --all\` prints every fixture.`);
