/**
 * What the panes need from their surroundings, passed in so tests can drive them: the mailbox, shared settings
 * storage, the clock, files deployed beside the pages, the store (IndexedDB, opened on first use) and API-level checks.
 */
import type { MailguardStore } from '../../shared/store/types';
import type { AddinStorage } from '../common/addin-storage';
import type { ItemIdBook } from './item-ids';

/** The panes' environment. */
export interface PaneEnv {
  readonly mailbox: Office.Mailbox;
  readonly storage: AddinStorage;
  readonly now: () => Date;
  /** GETs a JSON file deployed beside the pages: undefined when absent (404), rejects when unreadable. */
  readonly fetchJson: (name: string) => Promise<unknown | undefined>;
  readonly store: () => Promise<MailguardStore>;
  /** Mailbox requirement-set check, e.g. `supports('1.15')`. */
  readonly supports: (version: string) => boolean;
  /** Store key → Outlook item id, remembered on this device (for opening from the review pane). */
  readonly itemIds: ItemIdBook;
}

/** The signed-in user's address: the store's mailbox id and the audit log's actor. */
export function userAddress(env: Pick<PaneEnv, 'mailbox'>): string {
  return env.mailbox.userProfile?.emailAddress ?? 'unknown';
}

/** Fetches `name` relative to the page, as JSON (same origin; the CSP allows nothing else). */
export async function fetchBesidePage(name: string): Promise<unknown | undefined> {
  const res = await fetch(new URL(name, document.baseURI).href, { cache: 'no-cache' });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
}
