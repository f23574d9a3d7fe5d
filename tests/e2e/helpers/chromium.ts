/**
 * Launching Debian's Chromium with playwright-core and the flags from TOOLCHAIN.md (no browser download, no network
 * but localhost). For a built extension use `launchPersistentContext` with `extensionArgs(dir)` instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_BASE_FLAGS } from '../../../scripts/chromium-flags';

/** Where Debian installs Chromium (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every launch uses: new headless, no sandbox/GPU, no background traffic, DNS only for localhost. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  ...CHROMIUM_BASE_FLAGS,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** True when Chromium is installed (tests skip with a printed reason otherwise). */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** A fresh headless Chromium for plain pages. Close it in `afterAll`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: false, args: [...CHROMIUM_ARGS] });
}

/** Extra flags that load one unpacked extension (use with {@link launchPersistent}). */
export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/**
 * A persistent context (own profile in a temp folder, so IndexedDB survives reloads and an extension can load).
 * `close()` closes the browser and deletes the profile.
 */
export async function launchPersistent(
  extraArgs: readonly string[] = [],
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'mailguard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
