// The content script's one port to the background: answers reach the call that asked, calls
// left waiting when the worker stops fail so batchRetry.ts sends them again on a fresh port (and
// an answered call is never sent twice), an orphaned script's failure to connect is final, and
// closing the page closes the port.
import { describe, expect, it } from 'vitest';
import { portTransport, type PortLike } from '../../../src/content/portTransport.ts';
import { withRetry } from '../../../src/content/batchRetry.ts';
import type { Envelope } from '../../../src/messages.ts';

/** A port whose background side the test plays: it sees posted frames and may answer or drop. */
function fakePort() {
  const messageListeners: ((m: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const posted: { call: number; envelope: unknown }[] = [];
  let disconnected = false;
  const port: PortLike = {
    postMessage: (m) => {
      if (disconnected) throw new Error('Attempting to use a disconnected port object');
      posted.push(m as { call: number; envelope: unknown });
    },
    disconnect: () => void (disconnected = true),
    onMessage: { addListener: (l) => void messageListeners.push(l) },
    onDisconnect: { addListener: (l) => void disconnectListeners.push(l) },
  };
  return {
    port,
    posted,
    get disconnected() {
      return disconnected;
    },
    answer: (call: number, answer: unknown) => messageListeners.forEach((l) => l({ call, answer })),
    raw: (message: unknown) => messageListeners.forEach((l) => l(message)),
    /** The worker stopped: the browser disconnects the port from the other side. */
    workerStops: () => {
      disconnected = true;
      disconnectListeners.forEach((l) => l());
    },
  };
}

const envelope = (n: number) => ({ kuzet: 1, type: 'ui/catalog', payload: { language: `l${n}` } }) as unknown as Envelope;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('portTransport', () => {
  it('opens one port at the first call and gives each answer to the call that asked', async () => {
    const ports = [fakePort()];
    let opened = 0;
    const { transport } = portTransport(() => (opened++, ports[0]!.port));
    expect(opened).toBe(0);
    const first = transport(envelope(1));
    const second = transport(envelope(2));
    expect(opened).toBe(1);
    const [a, b] = ports[0]!.posted;
    expect(a!.envelope).toEqual(envelope(1));
    ports[0]!.raw({ nonsense: true }); // not a frame: ignored
    ports[0]!.answer(b!.call, 'two');
    ports[0]!.answer(a!.call, 'one');
    await expect(first).resolves.toBe('one');
    await expect(second).resolves.toBe('two');
  });

  it('sends what the stopped worker left unanswered again on a new port, and nothing it answered', async () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const { transport } = portTransport(() => (ports.push(fakePort()), ports.at(-1)!.port));
    const answered = withRetry(() => transport(envelope(1)), new AbortController().signal, [1, 1]);
    const lost = withRetry(() => transport(envelope(2)), new AbortController().signal, [1, 1]);
    ports[0]!.answer(ports[0]!.posted[0]!.call, 'kept');
    await expect(answered).resolves.toBe('kept');
    ports[0]!.workerStops();
    await tick();
    await tick();
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted.map((p) => p.envelope)).toEqual([envelope(2)]);
    ports[1]!.answer(ports[1]!.posted[0]!.call, 'again');
    await expect(lost).resolves.toBe('again');
  });

  it('fails for good when the extension is gone (connect throws), without a retry', async () => {
    let tries = 0;
    const { transport } = portTransport(() => {
      tries++;
      throw new Error('Extension context invalidated.');
    });
    await expect(withRetry(() => transport(envelope(1)), new AbortController().signal, [1, 1])).rejects.toThrow('context invalidated');
    expect(tries).toBe(1);
  });

  it('closes the port when the page goes, failing what still waits', async () => {
    const one = fakePort();
    const { transport, close } = portTransport(() => one.port);
    const waiting = transport(envelope(1));
    close();
    expect(one.disconnected).toBe(true);
    await expect(waiting).rejects.toThrow('page went away');
  });
});
