/**
 * The one typed message protocol between the extension's pages/content scripts and the background, which owns the
 * database. A request is a discriminated union on `type` (a verb); `ResponseOf<'verb'>` is its reply's value. No `any`:
 * whatever crosses the boundary is described here (plain, structured-clonable data only).
 */
import type { AttachmentInfo } from '../../shared/core/types';
import type { ImportedLabel } from '../../shared/import/run-import';
import type { CategoryOption, LabelSource, LabelStatusView, LabelView, Role } from '../../shared/ui/label-view';
import type {
  AuditEntryView,
  AuditVerification,
  DecisionChoice,
  ExpiryMonth,
  ReviewItemView,
} from '../../shared/ui/review-types';
import { SEND_GUARD_VERBS, type SendGuardRequest, type SendGuardResponses } from '../send-guard/guard-protocol';

export type { AuditEntryView, AuditVerification, DecisionChoice, ExpiryMonth, ImportedLabel, ReviewItemView };

/** What a message-list row shows (no body): enough for a preview label. */
export interface RowText {
  readonly messageId: string;
  readonly threadId?: string;
  readonly from: string;
  readonly subject: string;
  readonly preview: string;
  /** ISO 8601. */
  readonly receivedAt: string;
}

/**
 * A message-list row as the page shows it, unparsed: what the content script reads (a few DOM calls a row) and sends.
 * The background turns it into a {@link RowText} (`rowTextOf`, extension/sites/row-text.ts): addresses, dates and
 * white space are read off the webmail page's main thread.
 */
export interface RowCells {
  readonly messageId: string;
  readonly threadId?: string;
  /** Texts that may hold the sender's address, in order: the first address found is the sender. */
  readonly from: readonly (string | null)[];
  /** The subject as shown (white space not yet collapsed). */
  readonly subject: string;
  /** The body preview as shown. */
  readonly preview: string;
  /** Shown dates (e.g. title attributes), in order: the first that parses is the date received. */
  readonly dates: readonly (string | null)[];
}

/** What a list-row chip shows that many rows share: its state (category, its title, status, source). */
export interface ChipState {
  readonly category: string;
  readonly source: LabelSource;
  readonly status: LabelStatusView;
  readonly className: string;
  readonly icon: string;
  readonly title: string;
}

/** What a list-row chip shows of its own message: the tooltip/accessible name and the short text (dates). */
export interface ChipTexts {
  readonly summary: string;
  readonly text: string;
}

/**
 * The chips of a batch of list rows (the answer to `classifyRows`), put into words by the background: each distinct
 * state and text once, then two indexes a row (`rows[2i]` into `states`, `rows[2i + 1]` into `texts`). The page's main
 * thread then parses a few kilobytes instead of hundreds of full labels, and formats nothing (messaging/row-chips.ts).
 */
export interface RowChips {
  readonly states: readonly ChipState[];
  readonly texts: readonly ChipTexts[];
  readonly rows: readonly number[];
}

/** An opened message, read from the reading pane as text. */
export interface MessageText {
  readonly messageId: string;
  readonly threadId?: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly receivedAt: string;
  readonly attachments: readonly AttachmentInfo[];
}

/** A decision about one message. */
export type DecisionRequest = { readonly mailboxId: string; readonly messageId: string } & DecisionChoice;

/** Sort orders of the review queue. */
export type ReviewSort = 'expiresAt' | '-expiresAt' | 'receivedAt' | '-receivedAt';

/** Filters and paging of the review queue. */
export interface ReviewQuery {
  readonly status?: LabelStatusView;
  readonly category?: string;
  readonly mailbox?: string;
  readonly sort?: ReviewSort;
  readonly page?: number;
  readonly pageSize?: number;
}

/** One page of the review queue with its counts. */
export interface ReviewPage {
  readonly items: readonly ReviewItemView[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly counts: {
    readonly byStatus: Readonly<Record<string, number>>;
    readonly byCategory: Readonly<Record<string, number>>;
  };
}

/** Where the active policy came from. */
export type PolicySource = 'default' | 'local' | 'managed';

/** The settings every page and content script needs. */
export interface SettingsView {
  readonly role: Role;
  /** True when an administrator fixed the role through managed storage. */
  readonly roleLocked: boolean;
  /** The name recorded in the audit log for this browser's decisions. */
  readonly actor: string;
  /** The active policy as JSON text (pretty-printed). */
  readonly policyJson: string;
  readonly policyVersion: string;
  readonly policySource: PolicySource;
  readonly categories: readonly CategoryOption[];
  /** Set when managed storage holds a policy that does not validate (the previous policy stays active). */
  readonly managedProblem?: string;
}

/** A field-level validation problem, as parsePolicy reports it. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** Every request the background answers. */
export type Request =
  | { readonly type: 'classifyRows'; readonly mailboxId: string; readonly rows: readonly RowCells[] }
  | { readonly type: 'classifyMessage'; readonly mailboxId: string; readonly message: MessageText }
  | { readonly type: 'getLabels'; readonly mailboxId: string; readonly messageIds: readonly string[] }
  | {
      readonly type: 'relabel';
      readonly mailboxId: string;
      readonly messageId: string;
      readonly threadId?: string;
      readonly from: string;
      readonly category: string;
      readonly reason: string;
    }
  | { readonly type: 'recordDecision'; readonly decisions: readonly DecisionRequest[] }
  | { readonly type: 'getSettings' }
  | { readonly type: 'saveSettings'; readonly role?: Role; readonly actor?: string }
  | { readonly type: 'savePolicy'; readonly policy: unknown }
  | { readonly type: 'reviewQueue'; readonly query: ReviewQuery }
  | { readonly type: 'auditLog'; readonly limit?: number; readonly offset?: number }
  | { readonly type: 'verifyAuditLog' }
  | { readonly type: 'exportReview'; readonly format: 'csv' | 'json' }
  | { readonly type: 'findBySubject'; readonly address: string }
  | { readonly type: 'tabLabel'; readonly tabId: number }
  | { readonly type: 'expiryByMonth' }
  | { readonly type: 'relabelOutdated' }
  | { readonly type: 'runSweep' }
  | { readonly type: 'saveImportedLabels'; readonly mailboxId: string; readonly labels: readonly ImportedLabel[] }
  | SendGuardRequest;

/** The verbs. */
export type Verb = Request['type'];

/** The request of one verb. */
export type RequestOf<V extends Verb> = Extract<Request, { type: V }>;

/** The value each verb answers with. */
export interface Responses extends SendGuardResponses {
  readonly classifyRows: { readonly chips: RowChips };
  readonly classifyMessage: { readonly label: LabelView };
  readonly getLabels: { readonly labels: readonly (LabelView | null)[] };
  readonly relabel: { readonly label: LabelView };
  readonly recordDecision: {
    readonly recorded: number;
    /** Decisions the store refused (e.g. already disposed, under legal hold), by message, with the reason. */
    readonly failures: readonly { readonly messageId: string; readonly error: string }[];
  };
  readonly getSettings: SettingsView;
  readonly saveSettings: SettingsView;
  readonly savePolicy:
    | { readonly ok: true; readonly settings: SettingsView }
    | { readonly ok: false; readonly errors: readonly FieldError[] };
  readonly reviewQueue: ReviewPage;
  readonly auditLog: { readonly entries: readonly AuditEntryView[] };
  readonly verifyAuditLog: AuditVerification;
  readonly exportReview: { readonly text: string; readonly mime: string; readonly filename: string };
  readonly findBySubject: { readonly items: readonly ReviewItemView[] };
  readonly tabLabel: { readonly label: LabelView | null; readonly site: string | null };
  readonly expiryByMonth: { readonly months: readonly ExpiryMonth[] };
  readonly relabelOutdated: { readonly updated: number };
  readonly runSweep: { readonly changed: number; readonly needingReview: number };
  /** `added` were new to the store; `updated` were already there (keyed by Message-ID: a re-import updates). */
  readonly saveImportedLabels: { readonly added: number; readonly updated: number };
}

/** The value answered to verb V. */
export type ResponseOf<V extends Verb> = Responses[V];

/** What actually travels back: the value, or an error message (errors never become silent successes). */
export type Reply<V extends Verb> =
  | { readonly ok: true; readonly value: ResponseOf<V> }
  | { readonly ok: false; readonly error: string };

const VERBS: readonly Verb[] = [
  'classifyRows',
  'classifyMessage',
  'getLabels',
  'relabel',
  'recordDecision',
  'getSettings',
  'saveSettings',
  'savePolicy',
  'reviewQueue',
  'auditLog',
  'verifyAuditLog',
  'exportReview',
  'findBySubject',
  'tabLabel',
  'expiryByMonth',
  'relabelOutdated',
  'runSweep',
  'saveImportedLabels',
  ...SEND_GUARD_VERBS,
];

/** True when `value` looks like one of our requests (the background ignores anything else). */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && (VERBS as readonly string[]).includes(type);
}

/** Most rows one `classifyRows` request may carry (a list mounts a few dozen; a slice reads a few hundred at most). */
export const MAX_ROWS = 2000;
/** Longest text a row cell may hold (a subject or a preview as shown is far shorter). */
export const MAX_CELL = 10_000;

const isCell = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_CELL;
const isCellList = (v: unknown): v is readonly (string | null)[] =>
  Array.isArray(v) && v.length <= 16 && v.every((x) => x === null || isCell(x));

/** True when `value` has the `RowCells` shape within the size caps (the background checks what a tab sends). */
export function isRowCells(value: unknown): value is RowCells {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    isCell(c.messageId) &&
    (c.threadId === undefined || isCell(c.threadId)) &&
    isCellList(c.from) &&
    isCell(c.subject) &&
    isCell(c.preview) &&
    isCellList(c.dates)
  );
}
