// `npm run bench:server` end to end on a small load, as package.json runs it (under its deadline):
// the server in its own process on 127.0.0.1, both phases, every report acknowledged, the three
// figures as JSON lines, and an exit by itself. Whether the goal is met is not asserted: speed is
// judged by the bench itself on a quiet machine, never by a timed test.
import { describe, expect, it } from 'vitest';
import { runWithDeadline } from './withDeadlineRun.ts';

const bench = (args: string[]) => runWithDeadline(['180', 'node_modules/.bin/tsx', '--expose-gc', 'scripts/bench-server.ts', ...args]);

interface Figure {
  figure: string;
  value: number;
  unit: string;
  met: boolean;
  note: string;
}

describe('npm run bench:server', () => {
  it('measures both phases on a small load, prints the three figures and stops by itself', async () => {
    const { code, stdout, stderr } = await bench(['--count', '400', '--seconds', '10', '--rate', '200', '--open-seconds', '1']);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout).toContain('server in its own process');
    const figures = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Figure);
    expect(figures.map((f) => f.unit)).toEqual(['reports/s', 'reports/s', 'ms']);
    const [closed, achieved, p99] = figures as [Figure, Figure, Figure];
    // Every report of both phases was acknowledged (nothing refused, nothing lost in flight).
    expect(closed.note).toMatch(/^pglite, 64 in flight, 400\/400 acknowledged/);
    expect(achieved.note).toMatch(/^200\/200 acknowledged in a 1\.0 s schedule/);
    expect(closed.value).toBeGreaterThan(0);
    // 200 requests over 1 s: an achieved rate is measured, near the offered 200/s.
    expect(achieved.value).toBeGreaterThan(100);
    expect(achieved.value).toBeLessThan(400);
    expect(p99.value).toBeGreaterThan(0);
    expect(Number.isFinite(p99.value)).toBe(true);
    // The goal line names the goal, and the open loop at 200/s cannot be counted as meeting it.
    expect(stdout).toContain('goal (2000/s with p99 ≤ 50 ms, open loop): NOT met');
  }, 240_000);

  it('refuses a bad option in one line with exit code 2, before starting a server', async () => {
    const bad = await bench(['--rate', 'fast']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('bench:server: --rate must be a positive number, not "fast"');
    const unknown = await bench(['--rats', '2000']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("bench:server: Unknown option '--rats'");
    expect(unknown.stdout).toBe('');
  }, 60_000);
});
