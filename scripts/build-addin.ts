/**
 * Builds the Outlook add-in into .output/outlook-addin/ (run by `npm run build` after `wxt build`):
 *   launchevent.js   the event handlers: ONE classic-script IIFE, ES2017, for classic Outlook's JavaScript-only runtime
 *   commands.html    the event runtime page for the other clients (office.js, then launchevent.js)
 *   taskpane.html/.js, review.html/.js   the Preact panes; support.html
 *   assets/icon-*.png, policy.json (the default policy unless MAILGUARD_POLICY names a file), roles.json, manifest.xml
 * Options (environment):
 *   MAILGUARD_ADDIN_HOST    deployment origin written into .output/outlook-addin/manifest.xml (default https://localhost:3000)
 *   MAILGUARD_OFFICE_JS_URL office.js URL in the pages (default Microsoft's CDN; tests instead route the CDN URL to
 *                           node_modules/@microsoft/office-js/dist/, so the built pages are the production ones)
 *   MAILGUARD_POLICY        a policy JSON file to deploy (validated with parsePolicy; the build fails on errors)
 *   MAILGUARD_ROLES         a roles JSON file ({ "managers": ["address", …] }) to deploy
 *   MAILGUARD_SCAN_CONFIG   the mailbox scan's mailguard-config.json (names the Entra app; validated) to deploy
 *   MAILGUARD_ADDIN_OUT     output folder (default .output/outlook-addin; tests build variants elsewhere)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { htmlPage, OFFICE_JS_CDN } from '../outlook-addin/build/html-page';
import { pngIcon } from '../outlook-addin/build/png-icon';
import { parseScanConfig } from '../outlook-addin/scan/scan-config';
import { paneStyles } from '../outlook-addin/taskpane/pane-styles';
import { defaultPolicy, parsePolicy } from '../shared/core/policy';
import { pageStyles } from '../shared/ui/page-styles';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.MAILGUARD_ADDIN_OUT?.trim() || join('.output', 'outlook-addin'));
const SIDELOAD_HOST = 'https://localhost:3000';

function option(name: string): string | undefined {
  const v = process.env[name]?.trim();
  return v ? v : undefined;
}

function deployHost(): string {
  const host = option('MAILGUARD_ADDIN_HOST') ?? SIDELOAD_HOST;
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(host)) {
    throw new Error(
      `MAILGUARD_ADDIN_HOST must be an https origin without a path, e.g. https://addin.example.com (got "${host}")`,
    );
  }
  return host;
}

function deployPolicy(): unknown {
  const file = option('MAILGUARD_POLICY');
  if (!file) return defaultPolicy;
  const parsed = parsePolicy(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) {
    throw new Error(
      `MAILGUARD_POLICY ${file} is not a valid policy:\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`,
    );
  }
  return parsed.policy;
}

function deployScanConfig(): unknown {
  const file = option('MAILGUARD_SCAN_CONFIG');
  if (!file) return undefined;
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = parseScanConfig(json);
  if (!parsed.ok) throw new Error(`MAILGUARD_SCAN_CONFIG ${file}: ${parsed.problem}`);
  return json;
}

function deployRoles(): unknown {
  const file = option('MAILGUARD_ROLES');
  return file ? JSON.parse(readFileSync(file, 'utf8')) : { managers: [] };
}

/** The review pane's "Scan mailbox" slot: engineer I's `outlook-addin/scan/mount.ts(x)` when present, else nothing. */
const scanSlot: Plugin = {
  name: 'mailguard-scan-slot',
  setup(b) {
    b.onResolve({ filter: /^virtual:mailguard-scan$/ }, () => {
      const found = ['mount.tsx', 'mount.ts']
        .map((f) => join(root, 'outlook-addin', 'scan', f))
        .find((f) => existsSync(f));
      return found ? { path: found } : { path: 'none', namespace: 'mailguard-scan' };
    });
    b.onLoad({ filter: /.*/, namespace: 'mailguard-scan' }, () => ({
      contents: 'export const mountScan = undefined;',
      loader: 'js',
    }));
  },
};

async function bundle(entry: string, outfile: string, target: string): Promise<void> {
  const es2017 = target === 'es2017';
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(out, outfile),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [scanSlot],
    // esbuild turns a regex literal it cannot lower (here: Unicode property escapes, ES2018) into `new RegExp(...)`,
    // which it must keep even when unused; marked supported, such literals stay side-effect-free and unused ones
    // (valibot's emoji pattern) are dropped. tests/outlook-addin/handler-bundle.test.ts rejects any that remain.
    ...(es2017 ? { supported: { 'regexp-unicode-property-escapes': true } } : {}),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const host = deployHost();
  const officeJs = option('MAILGUARD_OFFICE_JS_URL') ?? OFFICE_JS_CDN;
  // Validate every deployed file before touching the output folder.
  const policy = deployPolicy();
  const roles = deployRoles();
  const scanConfig = deployScanConfig();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'assets'), { recursive: true });

  // The handler bundle: classic script, ES2017 (classic Outlook's JS runtime), no DOM or IndexedDB.
  await bundle('outlook-addin/launchevent/launchevent.ts', 'launchevent.js', 'es2017');
  await bundle('outlook-addin/taskpane/main.tsx', 'taskpane.js', 'es2019');
  await bundle('outlook-addin/review/main.tsx', 'review.js', 'es2019');

  const css = pageStyles + paneStyles;
  const pages: Record<string, string> = {
    'taskpane.html': htmlPage({ title: 'Mailguard', officeJs, css, mountId: 'app', scripts: ['taskpane.js'] }),
    'review.html': htmlPage({
      title: 'Mailguard retention review',
      officeJs,
      css,
      mountId: 'app',
      scripts: ['review.js'],
      // The mailbox scan (outlook-addin/scan) signs in with MSAL and reads mail ids through Microsoft Graph.
      connectSrc: ['https://graph.microsoft.com', 'https://login.microsoftonline.com'],
    }),
    'commands.html': htmlPage({ title: 'Mailguard events', officeJs, scripts: ['launchevent.js'], bodyText: '' }),
    'support.html': htmlPage({
      title: 'Mailguard help',
      officeJs,
      scripts: [],
      bodyText:
        'Mailguard labels mail with its privacy-policy category and guards sending. Ask your IT team or data-protection officer for help.',
    }),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(out, name), html);
  for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(out, 'assets', `icon-${size}.png`), pngIcon(size));
  writeFileSync(join(out, 'policy.json'), `${JSON.stringify(policy, null, 2)}\n`);
  writeFileSync(join(out, 'roles.json'), `${JSON.stringify(roles, null, 2)}\n`);
  if (scanConfig !== undefined)
    writeFileSync(join(out, 'mailguard-config.json'), `${JSON.stringify(scanConfig, null, 2)}\n`);
  const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8').replaceAll(SIDELOAD_HOST, host);
  mkdirSync(dirname(join(out, 'manifest.xml')), { recursive: true });
  writeFileSync(join(out, 'manifest.xml'), manifest);
  console.log(`outlook add-in: built ${out} for ${host} in ${Date.now() - started} ms (office.js: ${officeJs})`);
}

main().catch((err: unknown) => {
  console.error(`outlook add-in build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
