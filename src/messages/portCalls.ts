// The frames of the long-lived port a content script opens to the background (one per tab):
// each call carries one protocol envelope and a number, the answer comes back under the same
// number. One port instead of a runtime.sendMessage per batch: no channel opened and closed per
// message. The envelope inside is checked by the router exactly as a sendMessage envelope is.
import * as v from 'valibot';

/** The port's name: the background takes no other port. */
export const CONTENT_PORT = 'kuzet/content';

export const portCallSchema = v.object({
  call: v.pipe(v.number(), v.integer(), v.minValue(0)),
  envelope: v.unknown(),
});
export type PortCall = v.InferOutput<typeof portCallSchema>;

export const portAnswerSchema = v.object({
  call: v.pipe(v.number(), v.integer(), v.minValue(0)),
  answer: v.unknown(),
});
export type PortAnswer = v.InferOutput<typeof portAnswerSchema>;
