// What the verdict service's one-at-a-time queue runs, for the content-script bench's timings
// (batchTimings.ts) only: each job's record says what it was (`what`: its last label, 'job' when
// it set none), and each batch's record what it found running when it arrived (`behind`). Labels
// are kept only while the running job is being recorded, so with timings off a job or a batch
// costs one property read and a label one variable read; the callbacks stay plain code.
import { startTiming, type Mark } from './batchTimings.ts';

export function createQueueTimings() {
  let recording = false; // timings were on when the running job started
  let running = 'nothing';
  return {
    /** Runs one queue job, leaving a 'job' record of it while timings are on. */
    async job<T>(job: () => Promise<T>): Promise<T> {
      const mark = startTiming('job');
      if (!mark) return job();
      recording = true;
      running = 'job';
      try {
        return await job();
      } finally {
        mark('what', running);
        mark('end');
        recording = false;
        running = 'nothing';
      }
    },
    /**
     * `fn`, naming what the running job does once it is called (`label`) and, when `outcome`
     * names one, once it is done: an idle rescore that stepped aside says so.
     */
    labelled<A extends unknown[], R>(label: string | ((args: NoInfer<A>) => string), fn: (...args: A) => Promise<R>, outcome?: (result: NoInfer<R>) => string | undefined): (...args: A) => Promise<R> {
      return (...args) => {
        if (!recording) return fn(...args);
        running = typeof label === 'string' ? label : label(args);
        if (!outcome) return fn(...args);
        return fn(...args).then((result) => {
          running = outcome(result) ?? running;
          return result;
        });
      };
    },
    /** Opens a batch's record on its arrival, stamped with what the queue was running. */
    arrived(): Mark | undefined {
      const mark = startTiming('arrived');
      mark?.('behind', running);
      return mark;
    },
  };
}
