// node scripts/with-deadline.mjs SECONDS COMMAND [ARGS...]: runs COMMAND in its own process group
// and stops the whole group if it has not finished after SECONDS, exiting 124 with a message.
// Plain JavaScript on purpose, without tsx: bench:server twice hung for good on this machine
// with its main thread asleep in a futex (Node 20's module-hooks thread, which tsx uses, is the
// likely party), and a process stuck like that cannot run its own timers to stop itself.
import { spawn } from 'node:child_process';

const [seconds, command, ...args] = process.argv.slice(2);
const limit = Number(seconds);
if (!command || !Number.isFinite(limit) || limit <= 0) {
  console.error('usage: node scripts/with-deadline.mjs SECONDS COMMAND [ARGS...]');
  process.exit(2);
}
const child = spawn(command, args, { stdio: 'inherit', detached: true });
const signalGroup = (signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};
let timedOut = false;
const deadline = setTimeout(() => {
  timedOut = true;
  console.error(`${command} ${args.join(' ')}: no result after ${limit} s; stopping it and everything it started`);
  signalGroup('SIGTERM');
  // Whatever ignores SIGTERM (a thread asleep in a futex does) is killed 5 s later.
  setTimeout(() => signalGroup('SIGKILL'), 5000).unref();
}, limit * 1000);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => signalGroup(signal));
child.on('error', (error) => {
  console.error(`${command}: ${error.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  clearTimeout(deadline);
  // The group may still hold a server the command started: nothing outlives the deadline.
  if (timedOut) signalGroup('SIGKILL');
  process.exit(timedOut ? 124 : (code ?? (signal ? 128 : 1)));
});
