/**
 * Splits a byte stream into lines incrementally: feed chunks, pull lines. A line that straddles two chunks is joined;
 * the line terminator (LF or CRLF) is removed. Lines inside one chunk are views into it (no copy), so a caller that
 * keeps a line past the next `feed` must copy it. A run longer than `maxLineBytes` without a break comes out in
 * pieces, so one endless line never holds the whole stream in memory.
 */
export class LineSplitter {
  /** @param maxLineBytes a longer run without a line break is handed out in pieces of this size (memory bound). */
  constructor(private readonly maxLineBytes = 1 << 20) {}

  private chunk: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private carry: Uint8Array[] = [];
  private carryLength = 0;

  /** Hands the splitter the next chunk; call only when `next()` has returned `null` for the previous one. */
  feed(chunk: Uint8Array): void {
    if (this.pos < this.chunk.length) this.keepRest();
    this.chunk = chunk;
    this.pos = 0;
  }

  /**
   * The next complete line, or `null` when the current chunk has no more complete lines. With `final` (end of stream)
   * the unterminated rest is returned as the last line.
   */
  next(final = false): Uint8Array | null {
    const { chunk } = this;
    const lf = chunk.indexOf(10, this.pos);
    if (lf === -1) {
      if (!final) {
        if (this.carryLength + chunk.length - this.pos < this.maxLineBytes) return null;
        this.keepRest();
        return this.takeCarry(new Uint8Array(0));
      }
      if (this.pos < chunk.length) this.keepRest();
      this.chunk = new Uint8Array(0);
      this.pos = 0;
      if (this.carryLength === 0 && this.carry.length === 0) return null;
      return stripCr(this.takeCarry(new Uint8Array(0)));
    }
    const piece = chunk.subarray(this.pos, lf);
    this.pos = lf + 1;
    return stripCr(this.carry.length ? this.takeCarry(piece) : piece);
  }

  private keepRest(): void {
    const rest = this.chunk.slice(this.pos);
    this.carry.push(rest);
    this.carryLength += rest.length;
    this.pos = this.chunk.length;
  }

  private takeCarry(tail: Uint8Array): Uint8Array {
    const out = new Uint8Array(this.carryLength + tail.length);
    let at = 0;
    for (const part of this.carry) {
      out.set(part, at);
      at += part.length;
    }
    out.set(tail, at);
    this.carry = [];
    this.carryLength = 0;
    return out;
  }
}

function stripCr(line: Uint8Array): Uint8Array {
  return line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}
