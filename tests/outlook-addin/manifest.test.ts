/**
 * manifest.xml: valid against Microsoft's Office add-in schemas (offline, xmllint), every URL served by a built file,
 * every resid defined in its VersionOverrides block, the launch events spelled as Outlook names them and wired to
 * functions the handler bundle registers, and the deployment-host build option.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JUSTIFY_COMMAND_ID } from '../../outlook-addin/launchevent/on-message-send';
import { buildAddin, builtAddin, repoRoot } from './built-addin';
import { loadHandlerRuntime } from './run-handler';

const manifestPath = join(repoRoot, 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');
const xsdDir = resolve(repoRoot, '..', 'shared', 'reference', 'office-manifest-xsd');
const xsd = join(xsdDir, 'OfficeAppManifestV1_1.xsd');
const haveXsd = existsSync(xsd);
if (!haveXsd)
  console.log(`manifest schema validation skipped: ${xsdDir} is absent (reference schemas live outside the repo)`);

function xmllint(file: string) {
  return spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, file], { encoding: 'utf8' });
}

/** The V1_1 block and the V1_0 block without it. */
function blocks(xml: string): { v10: string; v11: string } {
  const start = xml.indexOf('xsi:type="VersionOverridesV1_1"');
  const end = xml.indexOf('</VersionOverrides>', start);
  const v11 = xml.slice(start, end);
  const outerStart = xml.indexOf('xsi:type="VersionOverridesV1_0"');
  return { v11, v10: xml.slice(outerStart, start) + xml.slice(end) };
}

describe('manifest.xml', () => {
  it.skipIf(!haveXsd)('validates against the Office add-in XML schemas (xmllint, offline)', () => {
    const run = xmllint(manifestPath);
    expect(run.stderr).toContain('validates');
    expect(run.status).toBe(0);
  });

  it.skipIf(!haveXsd)('the schema check is real: a misplaced element fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-manifest-'));
    try {
      const broken = join(dir, 'manifest.xml');
      // V1_0 does not allow SupportsPinning (a V1_1 element): putting it there must be rejected.
      const bad = manifest.replace(
        '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>',
        '<SourceLocation resid="Taskpane.Url"/>\n                  <SupportsPinning>true</SupportsPinning>\n                  </Action>',
      );
      expect(bad).not.toBe(manifest);
      writeFileSync(broken, bad);
      expect(xmllint(broken).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is read by Microsoft's own manifest tool (office-addin-manifest info, offline)", () => {
    const bin = join(repoRoot, 'node_modules', '.bin', 'office-addin-manifest');
    const run = spawnSync(bin, ['info', manifestPath], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Type: MailApp');
    expect(run.stdout).toContain('Permissions: ReadWriteMailbox');
    expect(run.stdout).toMatch(/Id: [0-9a-f-]{36}/);
  });

  it('points every URL at a file the build writes', () => {
    const out = builtAddin();
    const urls = [...manifest.matchAll(/https:\/\/localhost:3000(\/[^"<\s]*)?/g)].map((m) => m[1] ?? '/');
    expect(urls.length).toBeGreaterThan(10);
    for (const path of urls) {
      if (path === '/') continue; // AppDomain: the origin itself
      expect(existsSync(join(out, path)), `${path} missing from .output/outlook-addin`).toBe(true);
    }
  });

  it('defines every resid it references, in each VersionOverrides block', () => {
    for (const [name, block] of Object.entries(blocks(manifest))) {
      const defined = new Set([...block.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
      const used = new Set([...block.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
      expect(used.size, name).toBeGreaterThan(3);
      for (const id of used) expect(defined.has(id), `${name}: resid ${id} is not defined`).toBe(true);
    }
  });

  it('declares the launch events Outlook knows, SoftBlock on send, wired to registered functions', async () => {
    const events = [
      ...manifest.matchAll(/<LaunchEvent Type="([^"]+)" FunctionName="([^"]+)"(?: SendMode="([^"]+)")?/g),
    ];
    expect(events.map((e) => e[1]).sort()).toEqual([
      'OnMessageRecipientsChanged',
      'OnMessageSend',
      'OnNewMessageCompose',
    ]);
    expect(events.find((e) => e[1] === 'OnMessageSend')?.[3]).toBe('SoftBlock');
    const runtime = await loadHandlerRuntime({
      user: { emailAddress: 'sam.staff@harbourline.example', displayName: 'Sam Staff' },
      item: null,
    });
    for (const e of events) expect(Object.keys(runtime.state.associated)).toContain(e[2]);
  });

  it('has the compose task-pane control the Smart Alerts "Justify" button opens', () => {
    const compose = blocks(manifest).v11.split('MessageComposeCommandSurface')[1] ?? '';
    expect(compose).toContain(`id="${JUSTIFY_COMMAND_ID}"`);
    expect(blocks(manifest).v11).toContain('<SupportsPinning>true</SupportsPinning>');
  });

  it('writes a deployment host into the built manifest when MAILGUARD_ADDIN_HOST is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-addin-'));
    try {
      buildAddin({ MAILGUARD_ADDIN_HOST: 'https://addin.harbourline.example', MAILGUARD_ADDIN_OUT: dir });
      const built = readFileSync(join(dir, 'manifest.xml'), 'utf8');
      expect(built).not.toContain('localhost');
      expect(built).toContain('https://addin.harbourline.example/launchevent.js');
      if (haveXsd) expect(xmllint(join(dir, 'manifest.xml')).status).toBe(0);
      expect(() => buildAddin({ MAILGUARD_ADDIN_HOST: 'http://insecure.example', MAILGUARD_ADDIN_OUT: dir })).toThrow(
        /https origin/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
