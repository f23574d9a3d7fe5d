/**
 * Holds one raw message while its lines arrive, reading just enough of its MIME structure (headers, boundaries) to
 * set aside the content of base64 attachments: their bytes are counted (to report the attachment's size) but never
 * kept, so a 500 MB attachment costs no memory and postal-mime parses only the text. What is kept is capped
 * (`maxBytes`); past the cap the message is counted and dropped, never buffered on.
 */
import { latin1 } from './mbox-envelope';

/** An attachment whose content was set aside: its decoded size in bytes. Its headers stay in the message. */
export interface StrippedPart {
  size: number;
}

/** The finished message: the kept bytes (a view, valid until the next `reset`) and what was learnt on the way. */
export interface BufferedMessage {
  readonly raw: Uint8Array;
  readonly rawBytes: number;
  readonly overCap: boolean;
  readonly stripped: readonly StrippedPart[];
  readonly textCharsets: readonly string[];
  /** Inline body parts seen: whether the message has a plain-text body or only HTML. */
  readonly bodyTypes: readonly ('text/plain' | 'text/html')[];
  readonly problems: readonly string[];
}

type Mode = 'headers' | 'body' | 'strip';
const LF = new Uint8Array([10]);
const encoder = new TextEncoder();
/** Marks a set-aside part for the parse step (postal-mime reports a part's Content-Description). */
export const STRIPPED_MARK = 'mailguard-stripped-';

/** See the file comment. One instance is reused for every message of a stream (`reset` between messages). */
export class MessageBuffer {
  private buf = new Uint8Array(64 * 1024);
  private length = 0;
  private rawBytes = 0;
  private overCap = false;
  private mode: Mode = 'headers';
  private topHeadersDone = false;
  private headerLines: string[] = [];
  private boundaries: Uint8Array[] = [];
  private stripped: StrippedPart[] = [];
  private stripChars = 0;
  private stripPads = 0;
  private charsets: string[] = [];
  private bodyTypes: ('text/plain' | 'text/html')[] = [];
  private pendingHeaderBytes = 0;
  private problems: string[] = [];

  /** @param maxBytes cap on the kept bytes of one message (text, headers; set-aside attachments do not count). */
  constructor(private readonly maxBytes: number) {}

  /** Starts a new message, keeping the allocated buffer unless it grew large. */
  reset(): void {
    if (this.buf.length > 4 * 1024 * 1024) this.buf = new Uint8Array(64 * 1024);
    this.length = 0;
    this.rawBytes = 0;
    this.overCap = false;
    this.mode = 'headers';
    this.topHeadersDone = false;
    this.headerLines = [];
    this.boundaries = [];
    this.stripped = [];
    this.charsets = [];
    this.bodyTypes = [];
    this.pendingHeaderBytes = 0;
    this.problems = [];
  }

  /** Bytes seen for this message so far (all of them, kept or not). */
  get seenBytes(): number {
    return this.rawBytes;
  }

  /** True while the message's own header block has not ended (a blank line now would end it). */
  get inTopHeaders(): boolean {
    return this.mode === 'headers' && !this.topHeadersDone;
  }

  /** Adds one line (without its terminator). */
  addLine(line: Uint8Array): void {
    this.rawBytes += line.length + 1;
    if (this.boundaries.length && line[0] === 0x2d && line[1] === 0x2d && this.onBoundary(line)) return;
    if (this.mode === 'body') this.emit(line);
    else if (this.mode === 'strip') this.countBase64(line);
    else if (line.length === 0) this.endHeaders();
    else this.addHeaderLine(line);
  }

  private addHeaderLine(line: Uint8Array): void {
    this.pendingHeaderBytes += line.length + 1;
    if (this.overCap || this.length + this.pendingHeaderBytes > this.maxBytes) {
      this.overCap = true;
      this.headerLines = [];
      return;
    }
    const text = latin1(line);
    const last = this.headerLines.length - 1;
    if ((text[0] === ' ' || text[0] === '\t') && last >= 0) this.headerLines[last] += `\n${text}`;
    else this.headerLines.push(text);
  }

  /** Ends the message and returns it. */
  finish(): BufferedMessage {
    if (this.mode === 'strip') this.closeStrip();
    if (this.mode === 'headers' && this.headerLines.length) {
      if (!this.topHeadersDone) this.problems.push('the message ends inside its headers (truncated?)');
      this.flushHeaders(this.headerLines);
    }
    const open = this.boundaries[0];
    if (open) {
      this.problems.push(
        `broken MIME: the multipart boundary "${latin1(open.subarray(2))}" is never closed (truncated?)`,
      );
    }
    return {
      raw: this.buf.subarray(0, this.length),
      rawBytes: this.rawBytes,
      overCap: this.overCap,
      stripped: this.stripped,
      textCharsets: this.charsets,
      bodyTypes: this.bodyTypes,
      problems: this.problems,
    };
  }

  private onBoundary(line: Uint8Array): boolean {
    for (let depth = this.boundaries.length - 1; depth >= 0; depth--) {
      const delimiter = this.boundaries[depth]!;
      if (!startsWith(line, delimiter)) continue;
      const rest = latin1(line.subarray(delimiter.length));
      const closing = rest.startsWith('--');
      if (!/^\s*$/.test(closing ? rest.slice(2) : rest)) continue;
      if (this.mode === 'strip') this.closeStrip();
      if (this.mode === 'headers' && this.headerLines.length) this.flushHeaders(this.headerLines);
      this.boundaries.length = closing ? depth : depth + 1;
      this.mode = closing ? 'body' : 'headers';
      this.headerLines = [];
      this.emit(line);
      return true;
    }
    return false;
  }

  private endHeaders(): void {
    const lines = this.headerLines;
    this.headerLines = [];
    this.topHeadersDone = true;
    const type = headerValue(lines, 'content-type').toLowerCase();
    const mediaType = (type.split(';')[0] ?? '').trim() || 'text/plain';
    const encoding = headerValue(lines, 'content-transfer-encoding').trim().toLowerCase();
    if (mediaType.startsWith('multipart/')) {
      const boundary = /(?:^|;)\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(headerValue(lines, 'content-type'));
      const value = boundary?.[1] ?? boundary?.[2];
      if (value) this.boundaries.push(encoder.encode(`--${value}`));
      else this.problems.push(`broken MIME: ${mediaType} without a boundary`);
      this.mode = 'body';
    } else if (encoding === 'base64' && !mediaType.startsWith('text/') && !mediaType.startsWith('message/')) {
      const kept = lines.filter((l) => !/^content-description\s*:/i.test(l));
      kept.push(`Content-Description: ${STRIPPED_MARK}${this.stripped.length}`);
      this.stripped.push({ size: 0 });
      this.stripChars = 0;
      this.stripPads = 0;
      this.flushHeaders(kept);
      this.emit(new Uint8Array(0));
      this.mode = 'strip';
      return;
    } else if (mediaType === 'message/rfc822' && encoding !== 'base64') {
      this.flushHeaders(lines);
      this.emit(new Uint8Array(0));
      this.mode = 'headers';
      this.topHeadersDone = false;
      return;
    } else {
      if (mediaType.startsWith('text/')) {
        const charset = /(?:^|;)\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
        if (charset && !this.charsets.includes(charset)) this.charsets.push(charset);
        const attached = /^\s*attachment/i.test(headerValue(lines, 'content-disposition'));
        if ((mediaType === 'text/plain' || mediaType === 'text/html') && !attached) this.bodyTypes.push(mediaType);
      }
      this.mode = 'body';
    }
    this.flushHeaders(lines);
    this.emit(new Uint8Array(0));
  }

  private countBase64(line: Uint8Array): void {
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === 0x3d) this.stripPads++;
      else if (c > 0x20) this.stripChars++;
    }
  }

  private closeStrip(): void {
    const part = this.stripped[this.stripped.length - 1];
    if (part) part.size = Math.max(0, Math.floor(((this.stripChars + this.stripPads) * 3) / 4) - this.stripPads);
    this.mode = 'body';
  }

  private flushHeaders(lines: readonly string[]): void {
    this.pendingHeaderBytes = 0;
    for (const header of lines) this.emit(latin1Bytes(header));
  }

  private emit(line: Uint8Array): void {
    if (this.overCap) return;
    const need = this.length + line.length + 1;
    if (need > this.maxBytes) {
      this.overCap = true;
      this.length = 0;
      this.buf = new Uint8Array(64 * 1024);
      return;
    }
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.min(this.maxBytes, Math.max(need, this.buf.length * 2)));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    this.buf.set(line, this.length);
    this.buf.set(LF, this.length + line.length);
    this.length = need;
  }
}

function headerValue(lines: readonly string[], name: string): string {
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name)
      return line.slice(colon + 1).replace(/\n/g, '');
  }
  return '';
}

function startsWith(line: Uint8Array, prefix: Uint8Array): boolean {
  if (line.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix[i]) return false;
  return true;
}

/** Back to the original bytes of a header line decoded as latin1 (one byte per char). */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
