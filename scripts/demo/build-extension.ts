/** Builds the Chromium extension with WXT (≈2 s) unless told not to; returns the unpacked folder. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The unpacked Chromium build. */
export const CHROME_BUILD_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** Runs `wxt build` (skipped when `skip` and a build exists). Throws with WXT's output on failure. */
export function buildExtension(skip = false): string {
  if (skip && existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) return CHROME_BUILD_DIR;
  const run = spawnSync('npx', ['wxt', 'build'], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wxt build failed:\n${run.stdout}\n${run.stderr}`);
  return CHROME_BUILD_DIR;
}
