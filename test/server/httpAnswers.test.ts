// The bench's HTTP answer reader: the same answers whatever pieces TCP cuts the bytes into
// (a split status line, a split header, a chunk size cut in two), bodies framed by length, by
// chunks with extensions and trailers, or by the close; a broken status line is an error.
import { describe, expect, it } from 'vitest';
import { HttpAnswerReader, type Answer } from '../../src/server/bench/httpAnswers.ts';

const WIRE = [
  'HTTP/1.1 100 Continue\r\n\r\n',
  'HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 17\r\nConnection: keep-alive\r\n\r\n{"status":"ok"}\r\n',
  'HTTP/1.1 429 Too Many Requests\r\ntransfer-encoding: chunked\r\nRetry-After: 3\r\n\r\n5;name=x\r\n{"a":\r\n0000A\r\n"limited"}\r\n0\r\nX-Trailer: yes\r\n\r\n',
  'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 400 Bad Request\r\nCONTENT-LENGTH:   3  \r\n\r\nbad',
  'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok',
].join('');
const EXPECTED: Answer[] = [
  { status: 202, keepAlive: true },
  { status: 429, keepAlive: true },
  { status: 204, keepAlive: true },
  { status: 400, keepAlive: true },
  { status: 200, keepAlive: false },
];

function read(pieces: Buffer[]): Answer[] {
  const answers: Answer[] = [];
  const reader = new HttpAnswerReader((a) => answers.push(a));
  for (const piece of pieces) reader.push(piece);
  expect(reader.end()).toBe('clean');
  return answers;
}

describe('HttpAnswerReader', () => {
  const bytes = Buffer.from(WIRE, 'latin1');

  it('reads the answers in one piece', () => {
    expect(read([bytes])).toEqual(EXPECTED);
  });

  it('reads the same answers cut at every byte into two pieces', () => {
    for (let cut = 1; cut < bytes.length; cut++) expect(read([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).toEqual(EXPECTED);
  });

  it('reads the same answers one byte at a time and in uneven runs', () => {
    expect(read([...bytes].map((b) => Buffer.from([b])))).toEqual(EXPECTED);
    const runs: Buffer[] = [];
    for (let at = 0, n = 1; at < bytes.length; at += n, n = (n % 7) + 1) runs.push(bytes.subarray(at, at + n));
    expect(read(runs)).toEqual(EXPECTED);
  });

  it('ends an answer framed by the close only when the connection ends', () => {
    const answers: Answer[] = [];
    const reader = new HttpAnswerReader((a) => answers.push(a));
    reader.push(Buffer.from('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nsome '));
    reader.push(Buffer.from('body'));
    expect(answers).toEqual([]);
    expect(reader.end()).toBe('clean');
    expect(answers).toEqual([{ status: 200, keepAlive: false }]);
  });

  it('says an answer cut by the close was cut, and refuses what is not HTTP', () => {
    const reader = new HttpAnswerReader(() => undefined);
    reader.push(Buffer.from('HTTP/1.1 202 Accepted\r\nContent-Length: 10\r\n\r\n{"st'));
    expect(reader.end()).toBe('cut');
    expect(() => new HttpAnswerReader(() => undefined).push(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toThrow('status line');
    expect(() => new HttpAnswerReader(() => undefined).push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n'))).toThrow('content-length');
    expect(() => new HttpAnswerReader(() => undefined).push(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'))).toThrow('chunk size');
  });
});
