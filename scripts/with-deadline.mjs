// node scripts/with-deadline.mjs SECONDS COMMAND [ARGS...]: runs COMMAND in its own process group
// and stops the whole group if it has not finished after SECONDS, exiting 124 with a message.
// Plain JavaScript on purpose, without tsx. bench:server hung for good three times with its main
// thread asleep in a futex: a process stuck like that cannot run its own timers to stop itself.
// gdb found the cause (a Node 20 crypto deadlock in how the bench made its keys, avoided since in
// src/server/reports/nodeSigner.ts); this guard stays for whatever else could hang the same way.
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
