// One printed figure of `npm run bench`: every speed or memory target is reported as a value
// next to a baseline measured in the same run, so the ratio means something on any machine.
export interface BenchLine {
  /** What was measured, e.g. "scoring throughput". */
  figure: string;
  value: number;
  unit: string;
  /** The same-run baseline this figure is compared with, and what it is. */
  baseline?: { value: number; what: string };
  /** value ÷ baseline (or baseline ÷ value for times), as the goal is phrased. */
  ratio?: number;
  /** The goal as written in the issue, e.g. "≥ 1000× faster". */
  goal?: string;
  met?: boolean;
  note?: string;
}

/** A part of the benchmark: runs in the same process and returns its lines. */
export type BenchPart = () => Promise<BenchLine[]>;
