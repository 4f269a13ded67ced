// scripts/with-deadline.mjs, the guard around bench:server: a command that finishes keeps its
// exit code; one that hangs, even ignoring SIGTERM, is stopped with everything it started.
import { describe, expect, it } from 'vitest';
import { runWithDeadline as run } from './withDeadlineRun.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('with-deadline', () => {
  it('passes through the exit code and output of a command that finishes in time', async () => {
    const result = await run(['30', process.execPath, '-e', 'console.log("done"); process.exit(3)']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('done\n');
    expect(result.stderr).toBe('');
  });

  it('stops a hung command that ignores SIGTERM, and the process it started, and exits 124', async () => {
    // The command starts a grandchild, prints its pid, then ignores SIGTERM and never ends.
    const hung = `
      const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log(grandchild.pid);
      process.on('SIGTERM', () => {});
      setInterval(() => {}, 1000);`;
    const result = await run(['1', process.execPath, '-e', hung]);
    expect(result.code).toBe(124);
    expect(result.stderr).toContain('no result after 1 s');
    // SIGTERM was ignored: only the SIGKILL 5 s later ended it.
    expect(result.ms).toBeGreaterThan(5500);
    const grandchild = Number(result.stdout.trim());
    expect(grandchild).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alive(grandchild)).toBe(false);
  }, 30_000);
});
