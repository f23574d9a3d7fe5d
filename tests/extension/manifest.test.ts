/**
 * The Chromium manifest as built (`npm test` builds before Vitest; built here when missing): real webmail hosts only,
 * no localhost anywhere, the administrator's managed-storage schema shipped and well-formed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GMAIL_MATCHES, OUTLOOK_MATCHES } from '../../extension/sites/match-patterns';
import { buildExtension } from '../../scripts/demo/build-extension';

describe('Chromium manifest', () => {
  const dir = buildExtension(true);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
    storage?: { managed_schema?: string };
    permissions: string[];
  };

  it('runs the label content scripts on the five webmail hosts and names no localhost', () => {
    const byScript = Object.fromEntries(manifest.content_scripts.map((c) => [c.js[0], [...c.matches].sort()]));
    expect(byScript['content-scripts/outlook.js']).toEqual([...OUTLOOK_MATCHES].sort());
    expect(byScript['content-scripts/gmail.js']).toEqual([...GMAIL_MATCHES]);
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms']));
  });

  it('ships the managed-storage schema for administrators', () => {
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
    const schema = JSON.parse(readFileSync(join(dir, 'managed-schema.json'), 'utf8')) as {
      type: string;
      properties: Record<string, { type: string; enum?: string[] }>;
    };
    expect(schema.type).toBe('object');
    expect(schema.properties.role).toMatchObject({ type: 'string', enum: ['staff', 'manager'] });
    expect(schema.properties.policyJson?.type).toBe('string');
  });
});
