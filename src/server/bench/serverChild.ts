// The list server in its own process for bench:server, so server and load generator each get a
// core of the two (in one process they shared one thread). Talks to its parent over the IPC
// channel: sends its URL when listening, answers "stats" with batch counts and its own CPU time.
import { configFromEnv } from '../config.ts';
import { startServer } from '../main.ts';

if (!process.send) throw new Error('serverChild runs only as a child process with an IPC channel');
const config = { ...configFromEnv(), publishEveryMs: 0 };
const server = await startServer(config);
const cpuAtStart = process.cpuUsage();
process.send({ kind: 'listening', url: server.url, db: server.context.db.kind });

process.on('message', (message: unknown) => {
  if (message === 'stats') {
    const cpu = process.cpuUsage(cpuAtStart);
    process.send?.({ kind: 'stats', store: server.context.store.stats(), cpuSeconds: (cpu.user + cpu.system) / 1e6 });
  } else if (message === 'stop') {
    // Flushes pending writes and closes the store; the CPU profile (if any) is written on exit.
    void server.close().then(() => process.exit(0));
  }
});
// The parent died: do not outlive it holding the data dir.
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
