// Parent side of serverChild.ts: forks the list server into its own process (on 127.0.0.1, as
// always), waits until it listens, asks it for its batch counts and CPU time, and stops it.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';

const listeningSchema = v.object({ kind: v.literal('listening'), url: v.pipe(v.string(), v.startsWith('http://127.0.0.1:')), db: v.string() });
const statsSchema = v.object({
  kind: v.literal('stats'),
  store: v.object({ batches: v.number(), reports: v.number(), writeMs: v.number() }),
  cpuSeconds: v.number(),
});
export type ChildStats = v.InferOutput<typeof statsSchema>;

export interface ChildServer {
  url: string;
  db: string;
  child: ChildProcess;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

/** `profileDir`: write a V8 CPU profile of the server process there (node --cpu-prof). */
export async function startChildServer(env: Record<string, string>, profileDir?: string): Promise<ChildServer> {
  const child = fork(fileURLToPath(new URL('./serverChild.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <S extends v.GenericSchema>(schema: S): Promise<v.InferOutput<S>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (!v.is(schema, message)) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      void exited.then(() => reject(new Error('the server process exited')));
    });
  const listening = await next(listeningSchema);
  return {
    url: listening.url,
    db: listening.db,
    child,
    stats: () => {
      const answer = next(statsSchema);
      child.send('stats');
      return answer;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.send('stop');
      await exited;
    },
  };
}
