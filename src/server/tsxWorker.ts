// Starts a worker thread on one of the server's TypeScript modules. The server runs from its
// sources through tsx, and on Node 20 a worker thread does not inherit tsx's loader: the worker
// registers it first, then imports its module. One place for the intake pool and the PGlite thread.
import { Worker, type ResourceLimits } from 'node:worker_threads';

export function startTsWorker(module: URL, resourceLimits?: ResourceLimits): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`, { eval: true, ...(resourceLimits ? { resourceLimits } : {}) });
}
