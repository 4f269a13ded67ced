// Reads HTTP/1.1 answers off a keep-alive socket for the bench's load generator, as they arrive
// in whatever pieces TCP cuts them into: the status line, the headers that frame the body
// (Content-Length, Transfer-Encoding: chunked, Connection) and the body, which is skipped, never
// copied. node:http's client did this and much more per request (an object graph, a parser
// instance per socket, events): measured at ~200-250 µs of CPU per report, beside the server
// on the same two cores, it was stealing the server's CPU.

export interface Answer {
  status: number;
  /** False when the server said Connection: close or the HTTP version keeps no connection. */
  keepAlive: boolean;
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
/** A head this long without its end is not an answer this bench expects. */
const MAX_HEAD = 16 * 1024;

type Body = { kind: 'length'; left: number } | { kind: 'chunk-size' } | { kind: 'chunk-data'; left: number } | { kind: 'trailers' } | { kind: 'until-close' };

export class HttpAnswerReader {
  /** Bytes of a line or head not complete yet (only ever a head or a chunk-size line: short). */
  private partial: Buffer | null = null;
  private body: Body | null = null;
  private answer: Answer | null = null;

  constructor(private readonly onAnswer: (answer: Answer) => void) {}

  /** Feeds the next bytes from the socket; throws on bytes that are not an HTTP/1.x answer. */
  push(chunk: Buffer): void {
    const bytes = this.partial ? Buffer.concat([this.partial, chunk]) : chunk;
    this.partial = null;
    let at = 0;
    while (at < bytes.length) {
      const body = this.body;
      if (!body) {
        const end = bytes.indexOf(HEAD_END, at);
        if (end < 0) return this.keep(bytes, at, MAX_HEAD, 'answer head');
        this.head(bytes.toString('latin1', at, end + 2));
        at = end + 4;
      } else if (body.kind === 'length' || body.kind === 'chunk-data') {
        const take = Math.min(body.left, bytes.length - at);
        body.left -= take;
        at += take;
        if (body.left === 0 && body.kind === 'length') this.finish();
        else if (body.left === 0) this.body = { kind: 'chunk-size' };
      } else if (body.kind === 'chunk-size' || body.kind === 'trailers') {
        const end = bytes.indexOf(CRLF, at);
        if (end < 0) return this.keep(bytes, at, 4096, 'chunk line');
        const line = bytes.toString('latin1', at, end);
        at = end + 2;
        if (body.kind === 'trailers') {
          if (line === '') this.finish();
        } else {
          // The size, before any ";extension"; a zero size ends the body after its trailers.
          const size = Number.parseInt(line, 16);
          if (!/^[0-9a-fA-F]+/.test(line) || !Number.isSafeInteger(size)) throw new Error(`bad chunk size ${JSON.stringify(line.slice(0, 40))}`);
          this.body = size === 0 ? { kind: 'trailers' } : { kind: 'chunk-data', left: size + 2 };
        }
      } else {
        at = bytes.length;
      }
    }
  }

  /** The socket ended: an answer framed by the close is complete; any other half answer is cut. */
  end(): 'clean' | 'cut' {
    if (this.body?.kind === 'until-close') {
      this.finish();
      return 'clean';
    }
    return this.body || this.partial ? 'cut' : 'clean';
  }

  private keep(bytes: Buffer, from: number, max: number, what: string): void {
    if (bytes.length - from > max) throw new Error(`${what} longer than ${max} bytes`);
    // A copy: the socket may reuse the chunk's memory.
    this.partial = Buffer.from(bytes.subarray(from));
  }

  private head(text: string): void {
    const lines = text.split('\r\n');
    const statusLine = lines[0] as string;
    const match = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(statusLine);
    if (!match) throw new Error(`not an HTTP/1.x status line: ${JSON.stringify(statusLine.slice(0, 60))}`);
    const status = Number(match[2]);
    let length: number | null = null;
    let chunked = false;
    let keepAlive = match[1] === '1';
    for (let i = 1; i < lines.length - 1; i++) {
      const line = lines[i] as string;
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error(`bad header line ${JSON.stringify(line.slice(0, 60))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim().toLowerCase();
      if (name === 'content-length') {
        if (!/^\d+$/.test(value)) throw new Error(`bad content-length ${JSON.stringify(value)}`);
        length = Number(value);
      } else if (name === 'transfer-encoding') chunked = value.split(',').pop()?.trim() === 'chunked';
      else if (name === 'connection') keepAlive = value.includes('keep-alive') || (keepAlive && !value.includes('close'));
    }
    // 1xx is not the answer yet: its head alone, then the real one follows.
    if (status < 200) return;
    this.answer = { status, keepAlive };
    if (status === 204 || status === 304) this.finish();
    else if (chunked) this.body = { kind: 'chunk-size' };
    else if (length === 0) this.finish();
    else if (length !== null) this.body = { kind: 'length', left: length };
    else {
      // Framed by the close: the connection cannot carry another answer.
      this.answer.keepAlive = false;
      this.body = { kind: 'until-close' };
    }
  }

  private finish(): void {
    const answer = this.answer as Answer;
    this.body = null;
    this.answer = null;
    this.onAnswer(answer);
  }
}
