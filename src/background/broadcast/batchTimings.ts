// Where a batch's time goes inside the worker, for the content-script bench only (issue 5: a
// late comment's badge within 100 ms). Off unless the bench put an array at
// `globalThis.kuzetBatchTimings` through DevTools; then every batch and every off-path job leaves
// one record of wall-clock marks (performance.timeOrigin + now, comparable with the tab's) there.
// Nothing is kept otherwise: one property read per batch.

/** One batch's or job's marks, in ms since the epoch, plus what it was. */
export type TimingRecord = Record<string, number | string>;

/** Stamps `phase` on one record: the given value, or the time now. */
export type Mark = (phase: string, value?: number | string) => void;

const MAX_RECORDS = 2_000;

/** A function that stamps `phase` on a fresh record, or undefined when nobody is measuring. */
export function startTiming(kind: string): Mark | undefined {
  const sink = (globalThis as { kuzetBatchTimings?: unknown }).kuzetBatchTimings;
  if (!Array.isArray(sink)) return undefined;
  const record: TimingRecord = { kind, at: performance.timeOrigin + performance.now() };
  sink.push(record);
  if (sink.length > MAX_RECORDS) sink.shift();
  return (phase, value) => void (record[phase] = value ?? performance.timeOrigin + performance.now());
}
