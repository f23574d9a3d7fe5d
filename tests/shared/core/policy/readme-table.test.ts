import { readFileSync } from 'node:fs';
import { defaultPolicy } from '../../../../shared/core/policy';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const rows = new Map(
  [...readme.matchAll(/^\| `([a-z_]+)` \|(.*)\|$/gm)].map((m) => [m[1], (m[2] ?? '').split('|').map((c) => c.trim())]),
);

describe('README category table', () => {
  it.each(defaultPolicy.categories.map((c) => [c.id, c] as const))('documents %s as the policy defines it', (id, c) => {
    const row = rows.get(id);
    expect(row, `README has no row for ${id}`).toBeDefined();
    const [, basis, kept, then, sharing] = row ?? [];
    expect(basis).toBe(c.lawfulBasis.replace('_', ' '));
    expect(kept?.startsWith(c.retention.period)).toBe(true);
    expect(then).toBe(c.retention.atEnd);
    expect(sharing).toBe(c.sharing ?? 'warn');
  });
});
