// npm run publish-list -- --out DIR: writes the signed list as static files (meta.json,
// list-<v>.json, delta-<from>-<v>.json) for any web server or CDN, from the server's store
// (DATABASE_URL, or the PGlite data dir in KUZET_DATA_DIR: stop a PGlite server first, one
// process at a time may open it; a running server publishes itself on its schedule).
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { configFromEnv } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/open.ts';
import { loadOrCreateListKey } from '../src/server/publish/listKey.ts';
import { publishList } from '../src/server/publish/publish.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, deltas: { type: 'string', default: '5' } } });
if (!values.out) {
  console.error('usage: npm run publish-list -- --out DIR [--deltas N]');
  process.exit(2);
}
const config = configFromEnv();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'pgdata') });
try {
  const meta = await publishList(db, {
    outDir: values.out,
    key: await loadOrCreateListKey(config.listKeyFile),
    name: config.listName,
    maintainer: config.maintainer,
    now: Date.now(),
    validForMs: config.listValidForMs,
    deltas: Number(values.deltas),
  });
  console.log(`published "${meta.name}" version ${meta.version}: ${meta.entryCount} entries, ${meta.files.length} files, public key ${meta.publicKey}, expires ${new Date(meta.expiresAt).toISOString()}`);
  for (const file of meta.files) console.log(`  ${file.name}  ${file.bytes} bytes  sha256 ${file.sha256}`);
} finally {
  await db.close();
}
