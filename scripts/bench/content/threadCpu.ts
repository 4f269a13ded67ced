// Thread CPU of the tab's main thread from a Chrome trace, beside the sampled profile: a trace
// task's `tdur` is the thread's own clock, so time the tab spent waiting for a CPU (the shared
// machine's load) or blocked is not counted, where profile samples stretch with it. Kuzet's
// share is every top-level task holding a call into the extension's scripts; the bare walk's,
// every task holding its `console.timeStamp` mark.
import type { CDPSession } from 'playwright-core';

/** The mark the bench's bare-walk call leaves in its task (`console.timeStamp(BARE_MARK)`). */
export const BARE_MARK = 'kuzet-bare';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string; message?: string } };
}

export interface ThreadCpu {
  /** milliseconds of main-thread CPU in tasks that ran Kuzet's scripts, and how many */
  kuzet: number;
  kuzetTasks: number;
  /** milliseconds of main-thread CPU in the bare walk's tasks, and how many */
  bare: number;
  bareTasks: number;
}

/** Starts tracing the tab; the returned function stops it and sums thread CPU. */
export async function traceThreadCpu(cdp: CDPSession): Promise<() => Promise<ThreadCpu>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return threadCpu(events);
  };
}

function threadCpu(events: readonly TraceEvent[]): ThreadCpu {
  const kuzetCalls: TraceEvent[] = [];
  const bareMarks: TraceEvent[] = [];
  for (const e of events) {
    if ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && /^chrome-extension:/.test(e.args?.data?.url ?? '')) kuzetCalls.push(e);
    if (e.name === 'TimeStamp' && e.args?.data?.message === BARE_MARK) bareMarks.push(e);
  }
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && typeof e.tdur === 'number').sort((a, b) => a.ts - b.ts);
  const out: ThreadCpu = { kuzet: 0, kuzetTasks: 0, bare: 0, bareTasks: 0 };
  const lastEnd = new Map<number, number>(); // per thread: a task nested in a counted one is not counted again
  for (const task of tasks) {
    if (task.ts < (lastEnd.get(task.tid) ?? -Infinity)) continue;
    lastEnd.set(task.tid, task.ts + (task.dur ?? 0));
    const holds = (e: TraceEvent) => e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0);
    if (bareMarks.some(holds)) {
      out.bare += task.tdur! / 1000;
      out.bareTasks++;
    } else if (kuzetCalls.some(holds)) {
      out.kuzet += task.tdur! / 1000;
      out.kuzetTasks++;
    }
  }
  return out;
}
