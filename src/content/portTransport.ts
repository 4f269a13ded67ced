// The content script's transport: one long-lived runtime port to the background, opened at the
// first message, carrying every call and its answer (messages/portCalls.ts). A runtime.sendMessage
// per batch opened and closed a channel each time, a measurable part of reading a long thread.
// The MV3 worker may stop at any moment: its port then disconnects, every call still waiting on
// it fails with an error batchRetry.ts retries, and the next call opens a fresh port (waking the
// worker). Calls answered on a port are never sent again.
import * as v from 'valibot';
import type { Transport } from '../messages.ts';
import { portAnswerSchema } from '../messages/portCalls.ts';

/** runtime.Port as far as this transport uses it (a fake in tests). */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface PortTransport {
  transport: Transport;
  /** Closes the port (the page went away); a later call would open a new one. */
  close(): void;
}

interface Waiting {
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

export function portTransport(connect: () => PortLike): PortTransport {
  let current: { port: PortLike; waiting: Map<number, Waiting> } | null = null;
  let next = 0;

  const open = () => {
    const port = connect(); // throws on an orphaned script (extension updated): no retry helps then
    const waiting = new Map<number, Waiting>();
    const opened = { port, waiting };
    port.onMessage.addListener((message) => {
      const frame = v.safeParse(portAnswerSchema, message);
      if (!frame.success) return;
      const call = waiting.get(frame.output.call);
      waiting.delete(frame.output.call);
      call?.resolve(frame.output.answer);
    });
    port.onDisconnect.addListener(() => {
      if (current === opened) current = null;
      // Not "Kuzet: …": batchRetry.ts sends these again, on a new port.
      const lost = new Error('the background closed the port (worker stopped)');
      for (const call of waiting.values()) call.reject(lost);
      waiting.clear();
    });
    return opened;
  };

  return {
    transport: (envelope) =>
      new Promise((resolve, reject) => {
        const call = next++;
        try {
          current ??= open();
          current.waiting.set(call, { resolve, reject });
          current.port.postMessage({ call, envelope });
        } catch (error) {
          current?.waiting.delete(call);
          current = null; // a port that cannot post is gone; the next call opens another
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    close() {
      const closing = current;
      current = null;
      closing?.port.disconnect();
      // disconnect() fires no onDisconnect on our own side: whatever waited will not be answered.
      for (const call of closing?.waiting.values() ?? []) call.reject(new Error('Kuzet: the page went away'));
      closing?.waiting.clear();
    },
  };
}
