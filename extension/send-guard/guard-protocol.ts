/**
 * The send guard's verbs of the one typed protocol (extension/messaging/protocol.ts joins them into `Request`):
 * content scripts ask the background to assess a draft or a paste, and to record what the person decided. Plain,
 * structured-clonable data only. Nothing of a draft's content is stored: the background assesses it and forgets it.
 */
import type { DraftInput, PersonalDataKind, RecipientStatus, RecipientVerdict } from '../../shared/core/types';

/** One kind of personal data found, for the warn dialog: plain words, count and masked samples (never the value). */
export interface FoundKindView {
  readonly kind: PersonalDataKind;
  /** Plain words, e.g. "card number". */
  readonly label: string;
  readonly count: number;
  /** Up to three masked samples, e.g. "card number •••• 1111". */
  readonly samples: readonly string[];
}

/** One recipient's verdict as the dialog shows it (the core's verdict without the processor id). */
export type RecipientView = Pick<RecipientVerdict, 'address' | 'domain' | 'status' | 'reason'>;

/** The background's verdict on a draft or a paste. */
export interface GuardVerdict {
  readonly action: 'allow' | 'warn' | 'block';
  readonly reasons: readonly string[];
  readonly recipients: readonly RecipientView[];
  /** Kinds that count against the draft (not the firm's or the recipients' own details). */
  readonly found: readonly FoundKindView[];
  readonly policyVersion: string;
}

/** A justification for sending anyway. */
export type GuardJustification =
  | { readonly type: 'business'; readonly reason: string }
  | { readonly type: 'court_order'; readonly reference: string };

/** What the guard records (the background adds the time, the actor and `client: 'extension'`). */
export interface GuardEvent {
  readonly kind: 'warning' | 'block' | 'override' | 'guard_error';
  readonly action: 'allow' | 'warn' | 'block';
  readonly justification?: GuardJustification;
  /** Domains and statuses only: the background rejects anything holding an '@'. */
  readonly recipients: readonly { readonly domain: string; readonly status: RecipientStatus }[];
  readonly kinds: Readonly<Partial<Record<PersonalDataKind, number>>>;
}

/** A file offered to a page (paste, drop, upload): name, type and size only. */
export interface OfferedFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/** The send guard's requests. */
export type SendGuardRequest =
  | {
      readonly type: 'assessDraft';
      readonly draft: DraftInput;
      /** The quoted/forwarded original's text, classified by the background to give `draft.original` its label. */
      readonly quoted?: string;
    }
  | { readonly type: 'recordSharingEvent'; readonly event: GuardEvent }
  | { readonly type: 'pasteGuardConfig'; readonly host: string }
  | {
      readonly type: 'assessPaste';
      readonly host: string;
      readonly text: string;
      readonly files: readonly OfferedFile[];
    };

/** The values the send guard's verbs answer with. */
export interface SendGuardResponses {
  readonly assessDraft: GuardVerdict;
  readonly recordSharingEvent: { readonly recorded: true };
  /** `active` is false on allowed sites or when the administrator switched the paste guard off. */
  readonly pasteGuardConfig: { readonly active: boolean; readonly reason: string };
  readonly assessPaste: GuardVerdict;
}

/** The send guard's verbs (content scripts may use all of them). */
export const SEND_GUARD_VERBS = ['assessDraft', 'recordSharingEvent', 'pasteGuardConfig', 'assessPaste'] as const;
