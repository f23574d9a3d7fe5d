/** Test helper: runs importMailbox to the end and splits its items into messages and errors. */
import { type ImportedMessage, type ImportOptions, importMailbox, type MailboxFormat } from '../../../shared/import';

/** Everything one import produced, in order. */
export interface Collected {
  messages: ImportedMessage[];
  errors: { index: number; reason: string }[];
  order: ('message' | 'error')[];
}

/** Imports `input` (text, bytes or a stream) and collects the items. */
export async function collect(
  input: string | Uint8Array | ReadableStream<Uint8Array>,
  format: MailboxFormat,
  options?: ImportOptions,
): Promise<Collected> {
  const stream =
    input instanceof ReadableStream
      ? input
      : new Blob([typeof input === 'string' ? input : new Uint8Array(input)]).stream();
  const out: Collected = { messages: [], errors: [], order: [] };
  for await (const item of importMailbox(stream, format, options)) {
    if ('message' in item) {
      out.messages.push(item.message);
      out.order.push('message');
    } else {
      out.errors.push(item.error);
      out.order.push('error');
    }
  }
  return out;
}
