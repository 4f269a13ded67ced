// Work off the badge's path yields to batches: a settled thread's authors and a batch's burst
// neighbours are rescored in small chunks only while no batch waits, a batch arriving meanwhile
// runs before the next chunk, and every stale author is rescored exactly once. Chunks shrink to
// what fits the time budget once a job showed what an author costs.
import { describe, expect, it } from 'vitest';
import { createIdleRescores, IDLE_BUDGET_MS, IDLE_CHUNK } from '../../../src/background/broadcast/idleRescores.ts';

function serialQueue() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('idle rescores', () => {
  it('rescores a settled thread in chunks, each batch going before the next chunk', async () => {
    const log: string[] = [];
    const authors = Array.from({ length: IDLE_CHUNK * 2 + 5 }, (_, i) => `a${i}`);
    const idle = createIdleRescores({
      serial: serialQueue(),
      clock: () => 0, // jobs take no time: chunks stay at their largest
      authorsOf: async () => authors,
      rescore: async (thread, chunk) => {
        log.push(`rescore ${thread} ${chunk.length}`);
        await tick();
        return true;
      },
    });
    idle.later('t1', ['n1', 'n2']);
    idle.settled('t1');
    await tick();
    await tick();
    // A batch arrives while the first chunk runs: it goes next, before the second chunk.
    log.push('batch arrives');
    const batch = idle.batch(async () => void log.push('batch'));
    await batch;
    for (let i = 0; i < 10; i++) await tick();
    const arrived = log.indexOf('batch arrives');
    // At most the chunk already running finishes before the batch; the rest waits for it.
    expect(log.indexOf('batch') - arrived).toBeLessThanOrEqual(2);
    expect(log.slice(log.indexOf('batch') + 1).length).toBeGreaterThan(0);
    // Every stale author (45 of the thread and the 2 neighbours) rescored once, IDLE_CHUNK at a time.
    const sizes = log.filter((l) => l.startsWith('rescore')).map((l) => Number(l.split(' ')[2]));
    expect(sizes).toEqual([IDLE_CHUNK, IDLE_CHUNK, 7]);
  });

  it('takes fewer authors per job when authors are dear, so a batch never waits long', async () => {
    let now = 0;
    const sizes: number[] = [];
    const costPerAuthor = IDLE_BUDGET_MS / 4; // four such authors fill a job's budget
    const idle = createIdleRescores({
      serial: serialQueue(),
      clock: () => now,
      authorsOf: async () => [],
      rescore: async (_thread, chunk) => {
        sizes.push(chunk.length);
        now += chunk.length * costPerAuthor;
        return true;
      },
    });
    idle.later('t1', Array.from({ length: IDLE_CHUNK + 12 }, (_, i) => `a${i}`));
    await idle.batch(async () => undefined);
    for (let i = 0; i < 10; i++) await tick();
    expect(sizes).toEqual([IDLE_CHUNK, 4, 4, 4]);
  });

  it('starts nothing while a batch waits', async () => {
    const log: string[] = [];
    let release!: () => void;
    const idle = createIdleRescores({ serial: serialQueue(), authorsOf: async () => [], rescore: async () => (log.push('rescore'), true) });
    const batch = idle.batch(() => new Promise<void>((resolve) => (release = resolve)).then(() => void log.push('batch')));
    idle.later('t1', ['x']);
    await tick();
    expect(log).toEqual([]);
    release();
    await batch;
    await tick();
    expect(log).toEqual(['batch', 'rescore']);
  });

  it('steps aside for a batch that arrives while a job reads, and takes the same authors again after it', async () => {
    const log: string[] = [];
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    let first = true;
    const idle = createIdleRescores({
      serial: serialQueue(),
      clock: () => 0,
      authorsOf: async () => [],
      rescore: async (_thread, chunk, yieldNow) => {
        log.push(`read ${chunk.join(',')}`);
        if (first) {
          first = false;
          arrive(); // a batch comes in while this job's reads are under way
          await tick();
        }
        if (yieldNow()) return (log.push('stepped aside'), false); // what rescoreUnlessYielding does between reads
        log.push(`scored ${chunk.join(',')}`);
        return true;
      },
    });
    idle.later('t1', ['a', 'b']);
    void idle.batch(async () => undefined); // its answer starts the idle work
    await arrived;
    await idle.batch(async () => void log.push('batch'));
    for (let i = 0; i < 10; i++) await tick();
    // The batch ran right after the step that was under way; nothing of the abandoned job was
    // written, and its authors were scored once, after the batch.
    expect(log).toEqual(['read a,b', 'stepped aside', 'batch', 'read a,b', 'scored a,b']);
  });
});
