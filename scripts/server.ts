// npm run server: starts the Kuzet list server on 127.0.0.1 (configuration: environment
// variables, see README "List server"). Also:
//   npm run server -- --add-moderator NAME   prints a new moderator key, once
//   npm run server -- --verify-audit FILE    checks an exported audit log's hash chain
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAuditNdjson } from '../src/server/audit/verify.ts';
import { configFromEnv } from '../src/server/config.ts';
import { startServer } from '../src/server/main.ts';
import { addModerator } from '../src/server/moderators.ts';

const { values } = parseArgs({ options: { 'add-moderator': { type: 'string' }, 'verify-audit': { type: 'string' } } });
const config = configFromEnv();

if (values['add-moderator']) {
  mkdirSync(config.dataDir, { recursive: true });
  const token = addModerator(config.moderatorsFile, values['add-moderator']);
  console.log(`moderator key for ${values['add-moderator']} (shown once, keep it secret):\n${token}`);
} else if (values['verify-audit']) {
  const verdict = verifyAuditNdjson(readFileSync(values['verify-audit'], 'utf8'));
  if (verdict.ok) console.log(`audit log intact: ${verdict.entries} entries, head ${verdict.head}`);
  else console.error(`audit log broken at line ${verdict.line}: ${verdict.problem}`);
  process.exit(verdict.ok ? 0 : 1);
} else {
  const server = await startServer(config);
  console.log(`kuzet list server on ${server.url} (${server.context.db.kind}; data ${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}; lists ${config.publishDir})`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
