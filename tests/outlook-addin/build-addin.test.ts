/**
 * scripts/build-addin.ts options: a deployed policy is validated (the build fails naming every bad path, leaving the
 * previous output alone), roles and the scan config are deployed, icons are real PNGs of the sizes the manifest names.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy } from '../../shared/core/policy';
import { buildAddin } from './built-addin';

describe('build-addin options', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mg-build-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('deploys a valid policy, roles and scan config; icons are PNGs of their stated size', () => {
    const out = join(dir, 'out');
    const policy = { ...defaultPolicy, version: 'harbour-2026-12' };
    writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
    writeFileSync(join(dir, 'roles.json'), JSON.stringify({ managers: ['alex.manager@northwind-it.co.uk'] }));
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({
        graph: {
          clientId: '11111111-2222-4333-8444-555555555555',
          authority: 'https://login.microsoftonline.com/organizations',
        },
      }),
    );
    buildAddin({
      MAILGUARD_ADDIN_OUT: out,
      MAILGUARD_POLICY: join(dir, 'policy.json'),
      MAILGUARD_ROLES: join(dir, 'roles.json'),
      MAILGUARD_SCAN_CONFIG: join(dir, 'config.json'),
    });
    expect(JSON.parse(readFileSync(join(out, 'policy.json'), 'utf8')).version).toBe('harbour-2026-12');
    expect(JSON.parse(readFileSync(join(out, 'roles.json'), 'utf8')).managers).toEqual([
      'alex.manager@northwind-it.co.uk',
    ]);
    expect(existsSync(join(out, 'mailguard-config.json'))).toBe(true);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(out, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const page = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(page).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(page.indexOf('office.js')).toBeLessThan(page.indexOf('taskpane.js'));
    expect(readFileSync(join(out, 'commands.html'), 'utf8')).toMatch(/office\.js[\s\S]*launchevent\.js/);
  });

  it('refuses an invalid policy, naming each problem, and leaves the previous build alone', () => {
    const out = join(dir, 'out');
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ ...defaultPolicy, dueSoonDays: 'soon', organisation: { name: '', domains: [] } }),
    );
    let message = '';
    try {
      buildAddin({ MAILGUARD_ADDIN_OUT: out, MAILGUARD_POLICY: join(dir, 'bad.json') });
    } catch (err) {
      message = String(err);
    }
    expect(message).toMatch(/is not a valid policy/);
    expect(message).toMatch(/dueSoonDays/);
    expect(message).toMatch(/organisation\.(name|domains)/);
    expect(JSON.parse(readFileSync(join(out, 'policy.json'), 'utf8')).version).toBe('harbour-2026-12');
  });

  it('refuses a scan config without an app id', () => {
    writeFileSync(join(dir, 'noapp.json'), JSON.stringify({ graph: {} }));
    expect(() =>
      buildAddin({ MAILGUARD_ADDIN_OUT: join(dir, 'out2'), MAILGUARD_SCAN_CONFIG: join(dir, 'noapp.json') }),
    ).toThrow(/MAILGUARD_SCAN_CONFIG/);
  });

  it('writes the office.js URL it is given (offline demos)', () => {
    const out = join(dir, 'out3');
    buildAddin({ MAILGUARD_ADDIN_OUT: out, MAILGUARD_OFFICE_JS_URL: '/office-js/office.js' });
    expect(readFileSync(join(out, 'review.html'), 'utf8')).toContain('<script src="/office-js/office.js"></script>');
  });
});
