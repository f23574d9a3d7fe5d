/**
 * The core's public types. Other tools call the core through exactly these shapes (see README "Core API"),
 * so change them only with every caller.
 */

/** A kind of personal data the detectors find. */
export type PersonalDataKind =
  | 'email'
  | 'phone'
  | 'card_number'
  | 'iban'
  | 'uk_bank_account'
  | 'national_insurance'
  | 'nhs_number'
  | 'ip_address'
  | 'url'
  | 'postcode'
  | 'postal_address'
  | 'date_of_birth'
  | 'person_name'
  | 'credential'
  | 'hostname';

/** Every kind, in a stable order (registry, UI and tests iterate it). */
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'email',
  'phone',
  'card_number',
  'iban',
  'uk_bank_account',
  'national_insurance',
  'nhs_number',
  'ip_address',
  'url',
  'postcode',
  'postal_address',
  'date_of_birth',
  'person_name',
  'credential',
  'hostname',
];

/** One piece of personal data found in a text: UTF-16 offsets into the text given, `end` exclusive. */
export interface Finding {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  /** 0..1: how sure the detector is (checksummed values near 1, context-only guesses lower). */
  readonly confidence: number;
}

/** GDPR Article 6(1) lawful bases the policy names. */
export type LawfulBasis = 'consent' | 'contract' | 'legal_obligation' | 'legitimate_interests';

/** An attachment as the mail client describes it (never its content). */
export interface AttachmentInfo {
  readonly name: string;
  readonly contentType: string;
  readonly size?: number;
}

/** A received mail, as a client reads it. `receivedAt` is ISO 8601. */
export interface EmailInput {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly receivedAt: string;
  readonly attachments?: readonly AttachmentInfo[];
}

/** Retention state of a message. */
export type RetentionStatus = 'active' | 'due_soon' | 'expired' | 'legal_hold';

/** What the core decides about a received mail. */
export interface Classification {
  readonly category: string;
  readonly lawfulBasis: LawfulBasis;
  readonly retention: {
    /** ISO 8601 duration, e.g. `P6Y`, `P3M`, `P0D`. */
    readonly period: string;
    /** ISO 8601 instant, or null when the period is indefinite. */
    readonly expiresAt: string | null;
    readonly status: RetentionStatus;
  };
  readonly personalData: readonly Finding[];
  /** Plain-language sentences naming the rules and evidence that decided. */
  readonly reasons: readonly string[];
}

/** A draft about to be sent. */
export interface DraftInput {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly bcc?: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly attachments?: readonly AttachmentInfo[];
  readonly composeType?: 'new' | 'reply' | 'forward';
  readonly original?: {
    readonly from: string;
    readonly to: readonly string[];
    readonly cc?: readonly string[];
    readonly classification?: Classification;
  };
}

/** How a recipient relates to the organisation and the mail. */
export type RecipientStatus = 'internal' | 'data_subject' | 'vetted' | 'unvetted' | 'lookalike' | 'invalid';

/** One recipient's verdict. */
export interface RecipientVerdict {
  readonly address: string;
  readonly domain: string;
  readonly status: RecipientStatus;
  /** The processor id when `status` is `vetted` (or the one imitated when `lookalike`). */
  readonly processor?: string;
  readonly reason: string;
}

/** What the core decides about a draft. */
export interface SharingDecision {
  readonly action: 'allow' | 'warn' | 'block';
  readonly personalData: readonly Finding[];
  readonly reasons: readonly string[];
  readonly recipients: readonly RecipientVerdict[];
}
