/**
 * `importMailbox`: a mailbox export (mbox, one .eml, one .msg) as a stream of bytes → the messages in it, one at a time,
 * each ready for `classifyEmail` and keyed by Message-ID, or an error entry saying why one could not be read. Streaming:
 * an mbox is split into messages line by line as chunks arrive, and only the current message is held (attachment
 * content set aside, capped), so a 2 GB mbox needs a few MB. DOM-free: runs in a Web Worker, the page or Node.
 */
import { LineSplitter } from './line-splitter';
import { envelopeDate, isEnvelopeLine, startsWithFrom, unescapeMboxrd } from './mbox-envelope';
import { MessageBuffer } from './message-buffer';
import { type ImportedMessage, parseMessage } from './parse-message';
import { readMsg } from './read-msg';

/** The export formats read. */
export type MailboxFormat = 'mbox' | 'eml' | 'msg';

/** One item of an import: a message, or the position of one that could not be read and the reason in plain words. */
export type ImportItem = { readonly message: ImportedMessage } | { readonly error: { index: number; reason: string } };

/** Limits and a byte counter; all optional. */
export interface ImportOptions {
  /** Cap on one message without its base64 attachments (default 16 MiB); a bigger one is reported and skipped. */
  readonly maxMessageBytes?: number;
  /** Cap on a .msg file (default 64 MiB), which is read whole. */
  readonly maxMsgFileBytes?: number;
  /** Called with each chunk's length as it is read (progress). */
  readonly onBytes?: (bytes: number) => void;
}

const MIB = 1024 * 1024;

/**
 * Reads a mailbox export. Message `index` counts every message position in the file (read or not), from 0. Malformed
 * messages give error entries and the import goes on; stopping the iteration (`break`) cancels the stream.
 */
export async function* importMailbox(
  source: ReadableStream<Uint8Array>,
  format: MailboxFormat,
  options: ImportOptions = {},
): AsyncGenerator<ImportItem, void, undefined> {
  if (format !== 'mbox' && format !== 'eml' && format !== 'msg')
    throw new TypeError(`unknown mailbox format: ${format}`);
  const reader = source.getReader();
  try {
    if (format === 'msg') {
      yield await readMsgFile(reader, options);
      return;
    }
    yield* splitMessages(reader, format === 'mbox', options);
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

async function* splitMessages(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  mbox: boolean,
  options: ImportOptions,
): AsyncGenerator<ImportItem, void, undefined> {
  const maxBytes = options.maxMessageBytes ?? 16 * MIB;
  const splitter = new LineSplitter();
  const buffer = new MessageBuffer(maxBytes);
  let index = 0;
  let inMessage = !mbox;
  let envelope: string | undefined;
  let pendingEmpty = 0;
  let prevEmpty = true;
  let firstLine = true;
  let preamble = false;
  const finishOne = async (): Promise<ImportItem> => {
    // The blank line that separates mbox messages is dropped, unless it is the one that ends an empty-bodied header block.
    if (pendingEmpty > 0 && buffer.inTopHeaders) buffer.addLine(new Uint8Array(0));
    const outcome = await parseMessage(buffer.finish(), maxBytes, envelope);
    const item = outcome.ok ? { message: outcome.message } : { error: { index, reason: outcome.reason } };
    index++;
    return item;
  };
  for (;;) {
    let done = false;
    try {
      const read = await reader.read();
      done = read.done;
      if (read.value) {
        splitter.feed(read.value);
        options.onBytes?.(read.value.length);
      }
    } catch (error) {
      yield { error: { index, reason: `the file could not be read further: ${describe(error)}` } };
      return;
    }
    for (let line = splitter.next(done); line !== null; line = splitter.next(done)) {
      if (mbox ? isEnvelopeLine(line, prevEmpty) : firstLine && startsWithFrom(line)) {
        firstLine = false;
        if (inMessage && mbox) yield await finishOne();
        if (preamble) {
          yield { error: { index: index++, reason: 'not an mbox: text before the first "From " line; skipped' } };
          preamble = false;
        }
        buffer.reset();
        inMessage = true;
        envelope = envelopeDate(line);
        pendingEmpty = 0;
        prevEmpty = false;
        continue;
      }
      firstLine = false;
      prevEmpty = line.length === 0;
      if (!inMessage) {
        preamble ||= line.length > 0;
        continue;
      }
      if (prevEmpty && mbox) {
        pendingEmpty++;
        continue;
      }
      for (; pendingEmpty > 0; pendingEmpty--) buffer.addLine(new Uint8Array(0));
      buffer.addLine(mbox ? unescapeMboxrd(line) : line);
    }
    if (done) break;
  }
  if (preamble) yield { error: { index: index++, reason: 'not an mbox: no "From " line starts a message' } };
  if (!mbox && buffer.seenBytes === 0) yield { error: { index, reason: 'empty file: no message in it' } };
  else if (inMessage) yield await finishOne();
}

async function readMsgFile(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  options: ImportOptions,
): Promise<ImportItem> {
  const cap = options.maxMsgFileBytes ?? 64 * MIB;
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      total += read.value.length;
      options.onBytes?.(read.value.length);
      if (total > cap) return { error: { index: 0, reason: `too large: a .msg file over ${cap / MIB} MiB; skipped` } };
      parts.push(read.value);
    }
  } catch (error) {
    return { error: { index: 0, reason: `the file could not be read: ${describe(error)}` } };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  const outcome = await readMsg(bytes);
  return outcome.ok ? { message: outcome.message } : { error: { index: 0, reason: outcome.reason } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
