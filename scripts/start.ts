/**
 * `npm start`: builds the extension, serves the demo mailbox (Outlook on the web and Gmail look-alikes with ~40
 * synthetic customer emails) under the real host names, and opens it in Chromium with Mailguard loaded.
 * With a display: a browser window stays open until you close it (Ctrl+C stops everything).
 * Without one ($DISPLAY unset, or --headless): runs headless, writes screenshots to docs/screenshots/, and exits.
 * Flags: --no-build (reuse .output/chrome-mv3), --headless, --port=N.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildExtension } from './demo/build-extension';
import { startDemoServer } from './demo/demo-server';
import { launchDemoBrowser, setExtensionSettings } from './demo/launch-browser';
import { takeScreenshots } from './demo/take-screenshots';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const port = Number(args.find((a) => a.startsWith('--port='))?.slice(7) ?? 0);
const root = join(import.meta.dirname, '..');

console.log('Building the extension (wxt build)…');
const extensionDir = buildExtension(args.includes('--no-build'));
const server = await startDemoServer({ port });
console.log(`Demo mailbox on https://127.0.0.1:${server.port}, served as ${server.hosts.join(', ')}`);
const browser = await launchDemoBrowser({ extensionDir, hosts: server.hosts, port: server.port, headless }).catch(
  async (error: unknown) => {
    await server.close();
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

const stop = async () => {
  await browser.close();
  await server.close();
};
process.on('SIGINT', () => {
  stop().then(() => process.exit(0));
});

try {
  if (headless) {
    const outDir = join(root, 'docs', 'screenshots');
    mkdirSync(outDir, { recursive: true });
    console.log('No display: running headless and taking screenshots…');
    const files = await takeScreenshots(browser, outDir);
    for (const f of files) console.log(`  wrote ${relative(root, f)}`);
    console.log(`Screenshots are in ${relative(root, outDir)}/ (shown in README.md, section "Browser extension").`);
    await stop();
  } else {
    await setExtensionSettings(browser, { 'mailguard.role': 'manager' });
    const outlook = browser.context.pages()[0] ?? (await browser.context.newPage());
    await outlook.goto('https://outlook.office.com/mail/inbox');
    const gmail = await browser.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    const review = await browser.context.newPage();
    await review.goto(`chrome-extension://${browser.extensionId}/review.html`);
    await outlook.bringToFront();
    console.log('Chromium is open with Mailguard (role: manager). Close the browser or press Ctrl+C to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
  }
} catch (error) {
  console.error(error);
  await stop();
  process.exit(1);
}
