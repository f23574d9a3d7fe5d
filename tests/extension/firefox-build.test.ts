/**
 * The Firefox build (`wxt build -b firefox`) passes `web-ext lint` with no error, warning or notice — the same check as
 * `npm run lint:firefox`. It also checks what the Firefox manifest must and must not hold.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, '.output', 'firefox-mv2');

describe('Firefox build', () => {
  it('builds and lints clean', () => {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string }[];
      warnings: { code: string }[];
    };
    expect({ summary: report.summary, codes: [...report.errors, ...report.warnings].map((m) => m.code) }).toEqual({
      summary: { errors: 0, warnings: 0, notices: 0 },
      codes: [],
    });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(manifest.storage).toBeUndefined();
  }, 120_000);
});
