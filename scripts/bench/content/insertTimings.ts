// Where a late comment's badge time goes, printed beside the badge-latency figure (it does not
// change that figure): the worker stamps each batch's phases when the bench asks it to
// (src/background/broadcast/batchTimings.ts), the tab says when each copy went in, and each
// insert is matched with the first batch that reached the worker after it. All stamps are wall
// clock (performance.timeOrigin + now) in both processes of the same machine.
import type { Page, Worker } from 'playwright-core';

type TimingRecord = Record<string, number | string>;

/** Asks the worker to keep timings from now on (dropped with the worker: memory only). */
export async function startWorkerTimings(worker: Worker): Promise<void> {
  await worker.evaluate(() => void ((globalThis as { kuzetBatchTimings?: unknown[] }).kuzetBatchTimings = []));
}

export async function workerTimings(worker: Worker): Promise<TimingRecord[]> {
  return worker.evaluate(() => ((globalThis as { kuzetBatchTimings?: Record<string, number | string>[] }).kuzetBatchTimings ?? []));
}

/** When the page's last insert went in (set by insertAndTimeBadge). */
export function lastInsertAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { kuzetBenchInsertedAt?: number }).kuzetBenchInsertedAt ?? NaN);
}

/**
 * Milliseconds from inserting one more copy of a row until the task after the next frame runs
 * (the page's own style, layout and paint of the change), `rounds` times, one at a time: an
 * answer reaching the tab meanwhile waits for that frame. Measured with and without Kuzet.
 */
export async function frameAfterInsert(page: Page, sourceId: string, rounds = 5): Promise<number[]> {
  const took: number[] = [];
  for (let k = 0; k < rounds; k++) {
    took.push(await page.evaluate(([id, n]) => new Promise<number>((resolve) => {
      const source = document.getElementById(id);
      if (!source?.parentElement) return resolve(NaN);
      const copy = source.cloneNode(true) as Element;
      copy.removeAttribute('id');
      copy.setAttribute('data-kuzet-bench-frame', n);
      const started = performance.now();
      source.parentElement.appendChild(copy);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
    }), [sourceId, String(k)] as const));
  }
  return took;
}

const PHASES: [string, string, string][] = [
  ['tab to worker', 'inserted', 'at'],
  ['queue (behind a running job)', 'at', 'started'],
  ['store', 'started', 'stored'],
  ['affected authors', 'stored', 'affected'],
  ['scoring: comments read', 'affected', 'comments read'],
  ['scoring: authors, lists, co-occurrence, photos read', 'comments read', 'known read'],
  ['scoring: scoreAuthors', 'known read', 'scoring'],
  ['scoring: verdicts written, others left for later, pushes', 'scoring', 'scored'],
  ['standing verdicts, answer', 'scored', 'answered'],
  ['answer to tab and badge', 'answered', 'badged'],
];

/** Lines for the bench's progress output: median and p95 of each phase over the timed inserts. */
export function describeInsertTimings(inserts: { insertedAt: number; ms: number }[], records: TimingRecord[]): string[] {
  const batches = records.filter((r) => r['kind'] === 'arrived').sort((a, b) => Number(a['at']) - Number(b['at']));
  const per: Record<string, number[]> = {};
  const behind = new Map<string, number>();
  for (const { insertedAt, ms } of inserts) {
    const batch = batches.find((b) => Number(b['at']) >= insertedAt - 5);
    if (!batch || ms < 0) continue;
    const marks: Record<string, number> = { inserted: insertedAt, badged: insertedAt + ms };
    for (const [key, value] of Object.entries(batch)) if (typeof value === 'number') marks[key] = value;
    for (const [name, from, to] of PHASES) if (marks[from] !== undefined && marks[to] !== undefined) (per[name] ??= []).push(marks[to]! - marks[from]!);
    const what = String(batch['behind'] ?? '?');
    behind.set(what, (behind.get(what) ?? 0) + 1);
  }
  const at = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;
  if (behind.size === 0) return ['  no worker stamps (a build without src/background/broadcast/batchTimings.ts)'];
  const lines = PHASES.flatMap(([name]) => (per[name] ? [`  ${name}: median ${at(per[name], 50).toFixed(1)} ms, p95 ${at(per[name], 95).toFixed(1)} ms`] : []));
  lines.push(`  what a batch found running when it arrived: ${[...behind].map(([what, n]) => `${what} ×${n}`).join(', ')}`);
  const jobs = records.filter((r) => r['kind'] === 'job' && r['what'] !== 'batch' && typeof r['end'] === 'number');
  const kinds = new Map<string, number[]>();
  for (const job of jobs) {
    const what = String(job['what']).replace(/\d+$/, 'n');
    (kinds.get(what) ?? kinds.set(what, []).get(what)!).push(Number(job['end']) - Number(job['at']));
  }
  for (const [what, ms] of kinds) lines.push(`  off-path jobs "${what}": ${ms.length}, median ${at(ms, 50).toFixed(1)} ms, p95 ${at(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(0)} ms, total ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  return lines;
}
