/**
 * Shared e2e helpers (owner: store area; others may use them — keep the API small):
 * - `launchChromium()` / `launchPersistent(extraArgs)` / `extensionArgs(dir)` / `chromiumAvailable()`: Debian Chromium
 *   through playwright-core with TOOLCHAIN.md's flags.
 * - `servePage({ '/': html, '/app.js': js })`: a static server on http://localhost:PORT; `close()` it.
 * - `bundleForBrowser({ entry } | { contents, resolveDir })`: an IIFE bundle via esbuild, in memory.
 */
export { type BundleSource, bundleForBrowser } from './bundle';
export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  chromiumAvailable,
  extensionArgs,
  launchChromium,
  launchPersistent,
} from './chromium';
export { type Served, servePage } from './serve';
