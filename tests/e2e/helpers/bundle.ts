/**
 * Bundles TypeScript for a test page with esbuild's programmatic API (in memory, nothing written).
 */
import { build } from 'esbuild';

/** What to bundle: a file, or source text whose imports resolve from `resolveDir`. */
export type BundleSource = { readonly entry: string } | { readonly contents: string; readonly resolveDir: string };

/** One browser script (IIFE, ES2022) from `source`, dependencies included. */
export async function bundleForBrowser(source: BundleSource): Promise<string> {
  const result = await build({
    ...('entry' in source
      ? { entryPoints: [source.entry] }
      : { stdin: { contents: source.contents, resolveDir: source.resolveDir, loader: 'ts' as const } }),
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
