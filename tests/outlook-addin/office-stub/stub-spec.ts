/**
 * What a test describes: the mailbox owner, the item (a draft or a received message), settings already stored, the
 * Mailbox API level, and which calls should fail. Plain JSON, so it crosses into a vm context or a browser page.
 */
import type { FailureMode } from './async-result';

/** A recipient (office-js `EmailAddressDetails`). */
export interface StubRecipient {
  readonly emailAddress: string;
  readonly displayName: string;
  readonly recipientType?: string;
}

/** An attachment. */
export interface StubAttachment {
  readonly name: string;
  readonly size: number;
  readonly contentType?: string;
  readonly isInline?: boolean;
}

/** The item the mailbox shows. */
export interface StubItemSpec {
  readonly mode: 'compose' | 'read';
  readonly itemId?: string;
  readonly conversationId?: string;
  readonly from?: StubRecipient;
  readonly to?: readonly StubRecipient[];
  readonly cc?: readonly StubRecipient[];
  readonly bcc?: readonly StubRecipient[];
  readonly subject?: string;
  readonly body?: string;
  readonly attachments?: readonly StubAttachment[];
  /** `Office.MailboxEnums.ComposeType`: 'newMail' | 'reply' | 'forward'. */
  readonly composeType?: 'newMail' | 'reply' | 'forward';
  /** ISO instant the item was created (read mode). */
  readonly dateTimeCreated?: string;
  readonly customProperties?: Readonly<Record<string, unknown>>;
  readonly categories?: readonly string[];
  readonly sessionData?: Readonly<Record<string, string>>;
  /** What `getInitializationContextAsync` returns (the Smart Alerts `contextData`). */
  readonly initializationContext?: string | null;
}

/** The whole stubbed host. */
export interface StubSpec {
  readonly user: { readonly emailAddress: string; readonly displayName: string };
  readonly item: StubItemSpec | null;
  /** Highest Mailbox requirement set the host supports, e.g. '1.15'. */
  readonly mailboxVersion?: string;
  readonly roamingSettings?: Readonly<Record<string, unknown>>;
  /** Initial OfficeRuntime.storage contents; `null` = the runtime offers no OfficeRuntime.storage. */
  readonly runtimeStorage?: Readonly<Record<string, string>> | null;
  readonly masterCategories?: readonly { displayName: string; color: string }[];
  /** Calls (by name, e.g. 'body.getAsync') that fail or throw. */
  readonly failures?: Readonly<Record<string, FailureMode>>;
}
