// The bench's HTTP/1.1 client: keep-alive connections over plain node:net sockets to 127.0.0.1,
// each carrying one request at a time (no pipelining: an answer's wait is its own), requests
// serialised to bytes before the clock starts, answers read by HttpAnswerReader. A connection
// that breaks fails its request and is replaced by a fresh one on the next send.
import { connect, type Socket } from 'node:net';
import { HttpAnswerReader, type Answer } from './httpAnswers.ts';

/** One POST with a JSON body, as the bytes that go on the wire. */
export function postBytes(port: number, path: string, body: string): Buffer {
  const bytes = Buffer.byteLength(body);
  return Buffer.from(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\nConnection: keep-alive\r\n\r\n${body}`,
  );
}

class Connection {
  private readonly socket: Socket;
  private readonly reader: HttpAnswerReader;
  private waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | null = null;
  broken = false;

  constructor(port: number) {
    this.reader = new HttpAnswerReader((answer) => {
      const waiting = this.waiting;
      this.waiting = null;
      if (!answer.keepAlive) this.close();
      if (waiting) waiting.resolve(answer);
      else this.fail(new Error('an answer nobody asked for'));
    });
    this.socket = connect({ host: '127.0.0.1', port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => {
      try {
        this.reader.push(chunk);
      } catch (error) {
        this.fail(error as Error);
      }
    });
    this.socket.on('end', () => {
      // The server closed its side: an answer framed by the close is complete now.
      if (this.reader.end() === 'cut' || this.waiting) this.fail(new Error('connection closed before the answer'));
      this.close();
    });
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('connection closed')));
  }

  send(bytes: Buffer): Promise<Answer> {
    if (this.broken) return Promise.reject(new Error('connection closed'));
    if (this.waiting) return Promise.reject(new Error('one request at a time on a connection'));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(bytes);
    });
  }

  close(): void {
    this.broken = true;
    this.socket.destroy();
  }

  private fail(error: Error): void {
    this.broken = true;
    this.socket.destroy();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}

/** Up to `maxConnections` keep-alive connections; `send` takes an idle one or opens one. */
export class KeepAlivePool {
  private readonly idle: Connection[] = [];
  private open = 0;

  constructor(
    private readonly port: number,
    private readonly maxConnections: number,
  ) {}

  async send(bytes: Buffer): Promise<Answer> {
    let connection = this.idle.pop();
    while (connection?.broken) {
      this.open--;
      connection = this.idle.pop();
    }
    if (!connection) {
      if (this.open >= this.maxConnections) throw new Error(`more than ${this.maxConnections} requests at once`);
      connection = new Connection(this.port);
      this.open++;
    }
    try {
      const answer = await connection.send(bytes);
      if (connection.broken) this.open--;
      else this.idle.push(connection);
      return answer;
    } catch (error) {
      this.open--;
      throw error;
    }
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.close();
    this.open = 0;
  }
}
