// npm run simulate:brigade [-- --seed N --runs N]: prints how often each reporting scenario
// gets an account to the moderation queue under the server's anti-brigading rules.
import { parseArgs } from 'node:util';
import { simulate } from '../src/server/brigade/simulate.ts';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '7' }, runs: { type: 'string', default: '1000' } } });
const seed = Number(values.seed);
const runs = Number(values.runs);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run simulate:brigade -- [--seed N] [--runs N]');
  process.exit(2);
}
const rows = simulate(seed, runs);
const header = ['scenario', 'target', 'protected', 'runs', 'reached moderation', 'shown as possible brigade'];
const body = rows.map((r) => [r.scenario, r.target, r.protectedTarget ? 'yes' : 'no', String(r.runs), String(r.reachedModeration), String(r.possibleBrigadeShown)]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ');
console.log(`simulate:brigade seed=${seed} runs=${runs} ("reached moderation" is the worst case of "listed": it assumes moderators accept everything queued)`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of body) console.log(line(row));
