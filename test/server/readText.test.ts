// Reading a request body on the server's hot path: pieces are joined (a character cut between
// two pieces comes out whole) and a body past the limit is refused with 413 and not read on.
import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/server/http/io.ts';

const request = () => new PassThrough() as PassThrough & IncomingMessage;

describe('readText', () => {
  it('joins the pieces of a body, a character cut between two of them included', async () => {
    const req = request();
    const text = readText(req, 1024);
    const bytes = Buffer.from('{"text":"күзет 😀"}');
    req.write(bytes.subarray(0, 12));
    req.write(bytes.subarray(12, 13));
    req.end(bytes.subarray(13));
    expect(await text).toBe('{"text":"күзет 😀"}');
  });

  it('reads one piece and an empty body', async () => {
    const one = request();
    const text = readText(one, 1024);
    one.end('{}');
    expect(await text).toBe('{}');
    const empty = request();
    const none = readText(empty, 1024);
    empty.end();
    expect(await none).toBe('');
  });

  it('refuses a body past the limit with 413 and drops the stream', async () => {
    const req = request();
    const text = readText(req, 10);
    req.write('0123456789');
    req.write('x');
    await expect(text).rejects.toMatchObject({ status: 413 });
    expect(req.destroyed).toBe(true);
  });
});
