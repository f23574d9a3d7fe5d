/**
 * The background's side of the send guard: assess a draft or a paste with the core (the policy lives here, so every
 * tab decides under the same policy version), and record warnings, blocks, overrides and guard errors in the store
 * with their audit entry. Content is assessed and forgotten: only domains, statuses, kinds and counts are stored.
 */
import { classifyEmail, messageText } from '../../../shared/core/classify';
import { assessSharing } from '../../../shared/core/sharing';
import type { Classification, DraftInput, RecipientStatus } from '../../../shared/core/types';
import type { MailguardStore } from '../../../shared/store/types';
import type { Settings } from '../../background/settings';
import { attachmentType } from '../../sites/attachment-type';
import { addressIn } from '../../sites/read-text';
import type { GuardVerdict, SendGuardRequest, SendGuardResponses } from '../guard-protocol';
import { fileRisk } from './file-risk';
import { pasteGuardFor } from './site-allowed';
import { verdictView } from './verdict-view';

/** What the handlers need. */
export interface SendGuardDeps {
  readonly store: () => Promise<MailguardStore>;
  readonly now: () => Date;
}

type Handlers = {
  [V in SendGuardRequest['type']]: (
    r: Extract<SendGuardRequest, { type: V }>,
    s: Settings,
  ) => Promise<SendGuardResponses[V]>;
};

const STATUSES: ReadonlySet<RecipientStatus> = new Set([
  'internal',
  'data_subject',
  'vetted',
  'unvetted',
  'lookalike',
  'invalid',
]);

function originalLabel(draft: DraftInput, quoted: string, now: Date, s: Settings): Classification | undefined {
  const o = draft.original;
  if (!o || !quoted.trim()) return o?.classification;
  try {
    const subject = draft.subject.replace(/^\s*((RE|FW|FWD|AW|WG|TR|RV|SV|Antw)\s*:\s*)+/i, '');
    return classifyEmail(
      { from: o.from, to: o.to, cc: o.cc ?? [], subject, body: quoted, receivedAt: now.toISOString() },
      { policy: s.policy, now },
    );
  } catch {
    // The original's header could not be read as a mail: the draft is still assessed on its own text.
    return undefined;
  }
}

/** The send guard's verbs, for the background's router. */
export function createSendGuardHandlers(deps: SendGuardDeps): Handlers {
  return {
    async assessDraft(r, s) {
      const now = deps.now();
      const classification = originalLabel(r.draft, r.quoted ?? '', now, s);
      const draft: DraftInput =
        r.draft.original && classification
          ? { ...r.draft, original: { ...r.draft.original, classification } }
          : r.draft;
      const decision = assessSharing(draft, { policy: s.policy, now });
      const own = new Set(
        [draft.from, ...draft.to, ...(draft.cc ?? []), ...(draft.bcc ?? [])].map(
          (a) => addressIn(a) || a.trim().toLowerCase(),
        ),
      );
      for (const c of s.policy.organisation.contactDetails ?? []) own.add(c.trim().toLowerCase());
      const orgDomains = s.policy.organisation.domains.map((d) => d.toLowerCase());
      const isOwn = (value: string) =>
        own.has(value) || orgDomains.some((d) => value.endsWith(`@${d}`) || value.endsWith(`.${d}`));
      return verdictView(decision, messageText(draft.subject, draft.body), s.policy.version, isOwn);
    },

    async recordSharingEvent(r, s) {
      const e = r.event;
      for (const x of e.recipients) {
        if (x.domain.includes('@')) throw new Error('recipients are recorded by domain only, never by address');
        if (!STATUSES.has(x.status)) throw new Error(`unknown recipient status "${String(x.status)}"`);
      }
      const store = await deps.store();
      await store.recordSharingEvent({
        at: deps.now(),
        actor: s.actor,
        kind: e.kind,
        action: e.action,
        ...(e.justification ? { justification: e.justification } : {}),
        recipients: e.recipients.map((x) => ({ domain: x.domain, status: x.status })),
        kinds: e.kinds,
        client: 'extension',
      });
      return { recorded: true };
    },

    async pasteGuardConfig(r, s) {
      return pasteGuardFor(s.policy, r.host);
    },

    async assessPaste(r, s) {
      const host = r.host.trim().toLowerCase();
      const gate = pasteGuardFor(s.policy, host);
      const empty: GuardVerdict = {
        action: 'allow',
        reasons: [gate.reason],
        recipients: [],
        found: [],
        policyVersion: s.policy.version,
      };
      if (!gate.active) return empty;
      // The site stands in as the recipient: its domain gets the same statuses as a mail's (vetted, look-alike …).
      const stand = `site@${host}`;
      const decision = assessSharing(
        {
          from: '',
          to: [stand],
          subject: '',
          body: r.text,
          attachments: r.files.map((f) => ({
            name: f.name,
            contentType: f.type || attachmentType(f.name),
            size: f.size,
          })),
        },
        { policy: s.policy, now: deps.now() },
      );
      const view = verdictView(decision, messageText('', r.text), s.policy.version);
      let action = view.action;
      const fileReasons: string[] = [];
      for (const f of r.files) {
        const risk = fileRisk(f.name, f.type);
        if (!risk) continue;
        const to = risk.kind === 'call_recording' ? 'block' : 'warn';
        if (to === 'block' || action === 'allow') action = to;
        fileReasons.push(`${risk.reason} ${host} is not on the organisation's allow-list.`);
      }
      const core = view.reasons.map((x) => x.split(stand).join(host));
      // An allowed text keeps its one "why allowed" sentence only when no file changed the verdict.
      const reasons = view.action === 'allow' && fileReasons.length ? fileReasons : [...core, ...fileReasons];
      return {
        ...view,
        action,
        reasons,
        recipients: view.recipients.map((x) => ({ ...x, address: host, reason: x.reason.split(stand).join(host) })),
      };
    },
  };
}
