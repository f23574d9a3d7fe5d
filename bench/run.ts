/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (each prints its own figures) and fails if any fails.
 * Each area owns its bench file; this runner only discovers them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} failed (exit ${run.status})`);
  }
}
console.log(`\n${files.length - failed} benchmarks passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
