// Takes the long-lived port each content script opens (messages/portCalls.ts): every call on it
// goes through the same router as a runtime.sendMessage would (sender checked, envelope checked
// against the one protocol, counted when refused) and its answer goes back under the call's
// number. A port from anything but a Kuzet content script on a served host is closed.
import * as v from 'valibot';
import { CONTENT_PORT, portCallSchema, type PortAnswer } from '../messages/portCalls.ts';
import { type SelfFacts, type SenderFacts, senderKind } from './senderKind.ts';

/** runtime.Port as the background sees it (a fake in tests). */
export interface ContentPort {
  name: string;
  sender?: SenderFacts | undefined;
  postMessage(message: PortAnswer): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

export type Route = (raw: unknown, sender: SenderFacts) => Promise<unknown>;

/**
 * `ready`: what the router needs before it can judge a sender (the user's site-rule hosts,
 * restored at every wake); calls wait for it as runtime messages do.
 */
export function acceptContentPort(port: ContentPort, self: SelfFacts, route: Route, ready: Promise<unknown>): void {
  if (port.name !== CONTENT_PORT) return; // not Kuzet's kind of port: leave it alone
  const sender = port.sender ?? {};
  void ready.then(() => {
    if (senderKind(sender, self) !== 'content') port.disconnect();
  });
  port.onMessage.addListener((message) => {
    const frame = v.safeParse(portCallSchema, message);
    if (!frame.success) return; // no call number: nobody to answer
    const { call, envelope } = frame.output;
    void ready
      .then(() => route(envelope, sender))
      .then((answer) => {
        try {
          port.postMessage({ call, answer });
        } catch {
          // The tab closed or navigated while the call ran: nobody is waiting any more.
        }
      });
  });
}
