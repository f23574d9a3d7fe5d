/**
 * The subset of Microsoft Graph v1.0 the mailbox scan uses, typed as the documentation shows it: a message with the
 * properties we `$select`, a collection page, and the JSON batch envelope.
 */

/** `emailAddress` of a Graph recipient. */
export interface GraphRecipient {
  readonly emailAddress?: { readonly name?: string; readonly address?: string };
}

/** A message with only the properties the scan selects. */
export interface GraphMessage {
  readonly id: string;
  readonly internetMessageId?: string | null;
  readonly conversationId?: string | null;
  readonly subject?: string | null;
  readonly from?: GraphRecipient | null;
  readonly toRecipients?: readonly GraphRecipient[];
  readonly ccRecipients?: readonly GraphRecipient[];
  readonly receivedDateTime?: string | null;
  /** With `Prefer: outlook.body-content-type="text"` the content is plain text. */
  readonly body?: { readonly contentType?: string; readonly content?: string } | null;
  readonly bodyPreview?: string | null;
  readonly hasAttachments?: boolean;
  readonly categories?: readonly string[];
}

/** One page of a collection (`GET /me/messages`). */
export interface GraphPage<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.count'?: number;
}

/** One request inside `POST /$batch`. */
export interface BatchRequest {
  readonly id: string;
  readonly method: 'GET' | 'PATCH' | 'POST' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One response inside the `$batch` answer (any order; `id` matches the request). */
export interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}
