/**
 * Launches Debian's Chromium with the built extension and the demo mailbox mapped under the real webmail host names
 * (--host-resolver-rules MAP host 127.0.0.1:port; every other name fails, so nothing leaves the machine).
 * --ignore-certificate-errors applies to this throwaway browser profile only.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM_BASE_FLAGS } from '../chromium-flags';

/** A launched browser with the extension. */
export interface DemoBrowser {
  readonly context: BrowserContext;
  readonly serviceWorker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

type ChromeGlobal = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };

/** Writes the extension's own settings (storage.local), as the options page would. */
export async function setExtensionSettings(browser: DemoBrowser, items: Record<string, unknown>): Promise<void> {
  await browser.serviceWorker.evaluate(
    (o) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(o),
    items,
  );
}

/** The --host-resolver-rules value mapping `hosts` to 127.0.0.1:port and refusing every other name. */
export function hostResolverRules(hosts: readonly string[], port: number): string {
  return [
    ...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
}

/** Launches Chromium with the extension from `extensionDir`. */
export async function launchDemoBrowser(opts: {
  extensionDir: string;
  hosts: readonly string[];
  port: number;
  headless: boolean;
  viewport?: { width: number; height: number };
}): Promise<DemoBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not at ${executablePath}. Install Debian's build (\`sudo apt-get install chromium\`) or set ` +
        'CHROMIUM_PATH to a Chromium or Chrome binary; Mailguard never downloads a browser.',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'mailguard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(opts.headless ? ['--headless=new'] : []),
      ...CHROMIUM_BASE_FLAGS,
      '--ignore-certificate-errors',
      `--host-resolver-rules=${hostResolverRules(opts.hosts, opts.port)}`,
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
