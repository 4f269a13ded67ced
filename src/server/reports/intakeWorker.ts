// The intake worker thread: checks batches of raw report bodies (intakeCheck.ts) sent by the
// main thread's intake pool and answers with the results in the same order.
import { parentPort } from 'node:worker_threads';
import * as v from 'valibot';
import { checkReport } from './intakeCheck.ts';

const jobSchema = v.object({ seq: v.number(), now: v.number(), bodies: v.array(v.string()) });

parentPort?.on('message', (message: unknown) => {
  // Only the pool posts here, but the shape is still checked before it is trusted.
  if (!v.is(jobSchema, message)) return;
  parentPort?.postMessage({ seq: message.seq, results: message.bodies.map((raw) => checkReport(raw, message.now)) });
});
