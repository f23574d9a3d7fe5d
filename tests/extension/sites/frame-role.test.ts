/**
 * Where a webmail content-script instance does what: the top-level mailbox page gets the whole engine; Outlook's
 * pop-out compose windows (top-level about:blank) and any frame the browser matched get the send guard only. The built
 * manifest asks for exactly that reach: Outlook's script in blank documents and same-host frames, Gmail's (whose
 * pop-out is a real https window) in the top frame only, and no localhost anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameRole } from '../../../extension/sites/frame-role';
import { buildExtension } from '../../../scripts/demo/build-extension';

function fakeWindow(href: string, opts: { top?: 'self' | 'other' | 'throws' } = {}): Window {
  const url = new URL(href);
  const win: Record<string, unknown> = { location: { href: url.href, protocol: url.protocol } };
  if (opts.top === 'throws') {
    Object.defineProperty(win, 'top', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
  } else win.top = opts.top === 'other' ? {} : win;
  return win as unknown as Window;
}

describe('frameRole', () => {
  it('the top-level webmail page is the mailbox', () => {
    expect(frameRole(fakeWindow('https://outlook.office.com/mail/inbox'))).toBe('mailbox');
  });

  it('a pop-out compose window (top-level about:blank the page writes into) gets the send guard only', () => {
    expect(frameRole(fakeWindow('about:blank'))).toBe('compose-only');
  });

  it('frames never run the labelling engine, blank or not', () => {
    expect(frameRole(fakeWindow('about:blank', { top: 'other' }))).toBe('compose-only');
    expect(frameRole(fakeWindow('about:srcdoc', { top: 'other' }))).toBe('compose-only');
    expect(frameRole(fakeWindow('https://outlook.office.com/owa/prefetch.html', { top: 'other' }))).toBe(
      'compose-only',
    );
    expect(frameRole(fakeWindow('https://outlook.office.com/mail/', { top: 'throws' }))).toBe('compose-only');
  });
});

describe('built manifest: frames and blank documents', () => {
  const manifest = JSON.parse(readFileSync(join(buildExtension(true), 'manifest.json'), 'utf8')) as {
    content_scripts: {
      js: string[];
      matches: string[];
      all_frames?: boolean;
      match_about_blank?: boolean;
      match_origin_as_fallback?: boolean;
    }[];
  };
  const script = (name: string) => manifest.content_scripts.find((c) => c.js[0] === `content-scripts/${name}.js`);

  it("Outlook's script reaches pop-out (about:blank) documents and same-host frames, by the webmail hosts only", () => {
    const outlook = script('outlook');
    expect(outlook).toMatchObject({ all_frames: true, match_about_blank: true, match_origin_as_fallback: true });
    // match_origin_as_fallback needs every pattern's path to be /* (Chrome refuses the manifest otherwise).
    for (const m of outlook?.matches ?? []) expect(m).toMatch(/^https:\/\/outlook\.[a-z0-9.]+\/\*$/);
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>/);
  });

  it("Gmail's script stays in the top frame (its pop-out is a real https window)", () => {
    expect(script('gmail')?.all_frames).toBeFalsy();
    expect(script('gmail')?.match_about_blank).toBeFalsy();
  });
});
