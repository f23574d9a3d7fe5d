/**
 * Registers the paste guard's content script for exactly the origins the person granted (optional host permissions,
 * asked from the options page), never for the webmails, and keeps it in step when permissions are added or removed.
 * Called from the background's start; listeners are registered synchronously (MV3 service workers wake on them).
 */
import { browser } from 'wxt/browser';
import { GMAIL_MATCHES, OUTLOOK_MATCHES } from '../../sites/match-patterns';

/** The registered script's id. */
export const PASTE_GUARD_ID = 'mailguard-paste-guard';
/** The built file (WXT's output path of entrypoints/paste-guard.content). */
export const PASTE_GUARD_FILE = 'content-scripts/paste-guard.js';
/** What the options page asks for: every http(s) site (the guard itself skips allowed sites). */
export const PASTE_GUARD_ORIGINS = ['https://*/*', 'http://*/*'] as const;

const WEBMAIL: readonly string[] = [...OUTLOOK_MATCHES, ...GMAIL_MATCHES];

/** The granted origins the paste guard should run on. */
export function pasteGuardMatches(granted: readonly string[]): string[] {
  return granted.filter((o) => !WEBMAIL.includes(o) && /^(https?|\*):\/\//.test(o));
}

/** Brings the registration in line with the granted origins. */
export async function syncPasteGuard(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = pasteGuardMatches(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [PASTE_GUARD_ID] });
  if (!matches.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [PASTE_GUARD_ID] });
    return [];
  }
  const script = {
    id: PASTE_GUARD_ID,
    js: [PASTE_GUARD_FILE],
    matches,
    excludeMatches: [...WEBMAIL],
    allFrames: true,
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  const apply = (s: typeof script | Omit<typeof script, 'persistAcrossSessions'>) =>
    existing.length ? browser.scripting.updateContentScripts([s]) : browser.scripting.registerContentScripts([s]);
  try {
    await apply(script);
  } catch {
    // Older Firefox (MV2) knows no persistAcrossSessions: register without it (re-synced at every startup anyway).
    const { persistAcrossSessions: _, ...plain } = script;
    await apply(plain);
  }
  return matches;
}

/** Starts keeping the registration in step (call once from the background's main). */
export function startPasteGuardRegistration(): void {
  const sync = () => void syncPasteGuard().catch((e: unknown) => console.warn('Mailguard paste guard:', e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  sync();
}
