/**
 * "Remove the unvetted recipients": asks the site adapter to remove each flagged recipient with the site's own
 * control (so the site's draft model changes, not just its DOM), then re-reads the draft to verify. What the site would
 * not let us remove is named, and the person is asked to remove it themselves — never assumed gone.
 */
import type { SiteAdapter } from '../sites/site-adapter';
import type { BannerMessage } from './compose-banner';
import { addressesOf, toDraftInput } from './draft-input';
import type { GuardVerdict } from './guard-protocol';

/** Removes the flagged recipients; returns the note to show on the compose. */
export function removeFlagged(adapter: SiteAdapter, compose: Element, verdict: GuardVerdict): BannerMessage {
  const flagged = verdict.recipients
    .filter((r) => r.status === 'unvetted' || r.status === 'lookalike')
    .map((r) => r.address);
  for (const address of flagged) {
    try {
      adapter.removeRecipient?.(compose, address);
    } catch (e) {
      console.warn('Mailguard: could not remove a recipient', e);
    }
  }
  let still: string[] = flagged;
  try {
    const now = new Set(addressesOf(toDraftInput(adapter.readCompose(compose)).draft));
    still = flagged.filter((a) => now.has(a));
  } catch {
    // Unreadable after removal: say nothing was verified.
  }
  const removed = flagged.filter((a) => !still.includes(a));
  if (!still.length) {
    return { tone: 'info', text: `Mailguard removed ${removed.join(', ')}. Check the mail, then press Send again.` };
  }
  return {
    tone: 'warn',
    text: `${removed.length ? `Mailguard removed ${removed.join(', ')}. ` : ''}This page would not let Mailguard remove ${still.join(', ')}: remove ${still.length > 1 ? 'them' : 'it'} from the address line yourself, then press Send again.`,
  };
}
