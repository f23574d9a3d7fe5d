/**
 * The words of the Smart Alerts dialog (Outlook shows at most 500 characters): a headline, the core's own reasons
 * (they name what was found, masked, and where it would go), and what the user can do. Values are never shown beyond
 * what the core's masking allows (a card's last four digits).
 */
import { messageText } from '../../shared/core/classify';
import { describeKind, maskFinding } from '../../shared/core/detect';
import type { Finding, SharingDecision } from '../../shared/core/types';

/** Outlook's limit for `errorMessage`. */
export const MAX_ALERT_CHARS = 500;

/** What the user can do after a warning, depending on the client's Mailbox API level. */
export type WarnRemedy = 'take-action-and-send' | 'take-action-then-send-again' | 'open-pane-then-send-again';

/** Kinds found, in words (a card masked to its last four digits); `text` is `messageText(subject, body)`. */
export function foundWords(findings: readonly Finding[], text: string): string[] {
  const seen = new Map<string, string>();
  for (const f of findings) {
    if (seen.has(f.kind)) continue;
    const masked = f.kind === 'card_number' && f.end <= text.length ? maskFinding(text, f) : '';
    seen.set(f.kind, masked || describeKind(f.kind));
  }
  return [...seen.values()];
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function addresses(decision: SharingDecision, statuses: readonly string[]): string {
  const list = decision.recipients.filter((r) => statuses.includes(r.status)).map((r) => r.address);
  const shown = list.slice(0, 2).join(', ');
  return list.length > 2 ? `${shown} and ${list.length - 2} more` : shown;
}

function headline(decision: SharingDecision): string {
  const lookalikes = addresses(decision, ['lookalike']);
  if (decision.action === 'block' && lookalikes)
    return `Mailguard stopped this message: ${lookalikes} imitates a trusted domain.`;
  const flagged = addresses(decision, ['unvetted', 'invalid']);
  const to = flagged ? ` to ${flagged}` : '';
  return decision.action === 'warn' ? `Mailguard paused this message${to}.` : `Mailguard stopped this message${to}.`;
}

function remedyWords(decision: SharingDecision, remedy: WarnRemedy): string {
  if (decision.action === 'block') return 'This cannot be overridden: remove the personal data or the recipient.';
  if (remedy === 'take-action-and-send')
    return 'To send anyway, choose "Justify" and give a business reason or court order reference.';
  if (remedy === 'take-action-then-send-again') {
    return 'Choose "Justify" to give a business reason or court order reference, then select Send again (this Outlook cannot send from the add-in).';
  }
  return 'Open Mailguard from the ribbon to give a business reason or court order reference, then select Send again.';
}

/** Dialog text for a warn or block verdict; `subject`/`body` are the draft's (for masking when reasons are missing). */
export function alertMessage(
  decision: SharingDecision,
  draft: { subject: string; body: string },
  remedy: WarnRemedy,
): string {
  const head = headline(decision);
  const tail = remedyWords(decision, remedy);
  let reasons = decision.reasons.map(sentence);
  if (!reasons.length) {
    const what = foundWords(decision.personalData, messageText(draft.subject, draft.body));
    const who = decision.recipients
      .filter((r) => r.status === 'unvetted' || r.status === 'lookalike')
      .map((r) => r.address);
    reasons = [
      sentence(
        `It contains ${what.join(', ') || 'personal data'} for ${who.join(', ') || 'a recipient outside the firm'}`,
      ),
    ];
  }
  let budget = MAX_ALERT_CHARS - head.length - tail.length - 2;
  const kept: string[] = [];
  for (const r of reasons) {
    if (r.length + 1 <= budget) {
      kept.push(r);
      budget -= r.length + 1;
    } else if (!kept.length && budget > 20) {
      kept.push(`${r.slice(0, budget - 2)}…`);
      break;
    }
  }
  return [head, ...kept, tail].join(' ');
}

/** Dialog text when the guard itself failed: never a silent allow. */
export function guardErrorMessage(err: unknown): string {
  const why = (err instanceof Error ? err.message : String(err)).slice(0, 200);
  return `Mailguard could not check this message, so it was not sent (personal data must not leave unchecked). Reason: ${why}. Select Send to try again; if this keeps happening, tell IT.`;
}
