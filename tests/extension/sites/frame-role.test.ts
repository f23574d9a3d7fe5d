/**
 * Where a webmail content-script instance does what: only the top-level https page of a mail host gets the whole
 * engine; Outlook's pop-out compose windows (top-level about:blank), any frame the browser matched, and any other
 * top-level document (blob:, data:, http:, another host) get the send guard only. The content-script definitions (the
 * source WXT builds the manifest from, read here rather than a possibly stale .output build) ask for exactly that
 * reach: Outlook's script in blank documents and same-host frames, Gmail's (whose pop-out is a real https window) in
 * the top frame only, and no localhost anywhere.
 */
import { describe, expect, it, vi } from 'vitest';
import { frameRole } from '../../../extension/sites/frame-role';
import { OUTLOOK_MATCHES } from '../../../extension/sites/match-patterns';

// The entrypoints are WXT modules: `defineContentScript` is WXT's auto-imported identity function, and nothing of
// `wxt/browser` runs at import (only inside main(), never called here).
vi.hoisted(() => {
  (globalThis as Record<string, unknown>).defineContentScript = (definition: unknown) => definition;
});
vi.mock('wxt/browser', () => ({ browser: {} }));

function fakeWindow(href: string, opts: { top?: 'self' | 'other' | 'throws' } = {}): Window {
  const url = new URL(href);
  const location = { href: url.href, protocol: url.protocol, hostname: url.hostname };
  const win: Record<string, unknown> = { location };
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
  it('the top-level https page of every Outlook host is the mailbox', () => {
    for (const pattern of OUTLOOK_MATCHES) {
      const page = `${pattern.replace('/*', '')}/mail/inbox`;
      expect(frameRole(fakeWindow(page)), page).toBe('mailbox');
    }
    expect(frameRole(fakeWindow('https://OUTLOOK.office.com/mail/'))).toBe('mailbox');
    expect(frameRole(fakeWindow('https://mail.google.com/mail/u/0/', {}), ['mail.google.com'])).toBe('mailbox');
  });

  it('a pop-out compose window (top-level about:blank the page writes into) gets the send guard only', () => {
    expect(frameRole(fakeWindow('about:blank'))).toBe('compose-only');
    expect(frameRole(fakeWindow('about:blank?windowId=secondary_1'))).toBe('compose-only');
  });

  it('any other top-level document is never the mailbox: blob:, data:, http:, other hosts', () => {
    for (const href of [
      'blob:https://outlook.office.com/6f1c2a4e-1b2c-4d3e-9f00-0123456789ab',
      'data:text/html,<p>x</p>',
      'http://outlook.office.com/mail/inbox',
      'https://outlook.office.com.example.net/mail/',
      'https://login.microsoftonline.com/common/oauth2',
      'https://mail.google.com/mail/u/0/',
      'file:///tmp/mail.html',
    ]) {
      expect(frameRole(fakeWindow(href)), href).toBe('compose-only');
    }
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

/** The fields of a WXT content-script definition that become its manifest entry (WXT renames them one to one). */
interface ScriptDefinition {
  readonly matches: readonly string[];
  readonly allFrames?: boolean;
  readonly matchAboutBlank?: boolean;
  readonly matchOriginAsFallback?: boolean;
}

describe('content-script definitions (the source of the manifest): frames and blank documents', async () => {
  const outlook = (await import('../../../extension/entrypoints/outlook.content/index')).default as ScriptDefinition;
  const gmail = (await import('../../../extension/entrypoints/gmail.content/index')).default as ScriptDefinition;

  it("Outlook's script reaches pop-out (about:blank) documents and same-host frames, by the webmail hosts only", () => {
    expect(outlook).toMatchObject({ allFrames: true, matchAboutBlank: true, matchOriginAsFallback: true });
    expect([...outlook.matches].sort()).toEqual([...OUTLOOK_MATCHES].sort());
    // match_origin_as_fallback needs every pattern's path to be /* (Chrome refuses the manifest otherwise).
    for (const m of outlook.matches) expect(m).toMatch(/^https:\/\/outlook\.[a-z0-9.]+\/\*$/);
  });

  it("Gmail's script stays in the top frame (its pop-out is a real https window)", () => {
    expect(gmail.allFrames).toBeFalsy();
    expect(gmail.matchAboutBlank).toBeFalsy();
    expect(gmail.matchOriginAsFallback).toBeFalsy();
  });

  it('names no localhost, loopback address or <all_urls>', () => {
    expect(JSON.stringify([outlook.matches, gmail.matches])).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>/);
  });
});
