/**
 * The paste guard asks for nothing up front: other sites are optional host permissions, its content script is built
 * but not in the manifest (the background registers it for granted origins only, never the webmails).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PASTE_GUARD_FILE,
  PASTE_GUARD_ORIGINS,
  pasteGuardMatches,
} from '../../../extension/send-guard/background/paste-guard-registration';
import { buildExtension } from '../../../scripts/demo/build-extension';

describe('paste guard in the Chromium manifest', () => {
  const dir = buildExtension(true);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts: { js: string[] }[];
  };

  it('requests other sites only as optional host permissions, and scripting to register the guard', () => {
    expect(manifest.permissions).toContain('scripting');
    expect(manifest.optional_host_permissions).toEqual([...PASTE_GUARD_ORIGINS]);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('builds the paste guard script without declaring it', () => {
    expect(existsSync(join(dir, PASTE_GUARD_FILE))).toBe(true);
    expect(manifest.content_scripts.flatMap((c) => c.js)).not.toContain(PASTE_GUARD_FILE);
  });
});

describe('pasteGuardMatches', () => {
  it('keeps granted http(s) origins and drops the webmails', () => {
    expect(
      pasteGuardMatches(['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://*/*', 'http://*/*']),
    ).toEqual(['https://*/*', 'http://*/*']);
    expect(pasteGuardMatches(['https://mail.google.com/*'])).toEqual([]);
  });
});
