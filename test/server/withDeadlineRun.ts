// Runs `node scripts/with-deadline.mjs <args>` (the guard bench:server runs under) and collects
// what it printed, its exit code and how long it took: for the guard's own test and the bench's.
import { spawn } from 'node:child_process';

export interface DeadlineRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `args`: the deadline in seconds, then the command and its arguments. */
export function runWithDeadline(args: string[]): Promise<DeadlineRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/with-deadline.mjs', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}
