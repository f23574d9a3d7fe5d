/**
 * The built add-in for tests: `.output/outlook-addin/` as `npm run build` writes it (`npm test` builds before Vitest).
 * When a test file runs alone and the folder is missing, it is built once here (same script, same options).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Runs scripts/build-addin.ts with extra environment; throws with its output when it fails. */
export function buildAddin(env: Record<string, string> = {}): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'build-addin.ts')], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build-addin failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
}

/** The built add-in folder (built now if absent). */
export function builtAddin(): string {
  const dir = join(repoRoot, '.output', 'outlook-addin');
  if (!existsSync(join(dir, 'launchevent.js')) || !existsSync(join(dir, 'taskpane.html'))) buildAddin();
  return dir;
}
