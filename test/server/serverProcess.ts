// Starts the real server process (scripts/server.ts) on 127.0.0.1 for integration tests, on
// PGlite in a fresh data dir, or on PostgreSQL in a fresh database when KUZET_TEST_PG_URL is set.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { addModerator } from '../../src/server/moderators.ts';

export interface TestServer {
  url: string;
  dataDir: string;
  moderatorToken: string;
  env: Record<string, string>;
  child: ChildProcess;
}

/** Backends the suite runs against: always PGlite, and PostgreSQL when CI provides one. */
export const BACKENDS: ('pglite' | 'postgres')[] = process.env.KUZET_TEST_PG_URL ? ['pglite', 'postgres'] : ['pglite'];

export async function freshDatabaseUrl(): Promise<string> {
  const admin = new pg.Client({ connectionString: process.env.KUZET_TEST_PG_URL });
  await admin.connect();
  const name = `kuzet_test_${process.pid}_${Date.now()}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.KUZET_TEST_PG_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startTestServer(backend: 'pglite' | 'postgres', extraEnv: Record<string, string> = {}, reuse?: TestServer): Promise<TestServer> {
  const dataDir = reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'kuzet-server-test-'));
  const moderatorToken = reuse?.moderatorToken ?? addModerator(join(dataDir, 'moderators.json'), 'test-moderator');
  const env: Record<string, string> = reuse?.env ?? {
    KUZET_PORT: '0',
    KUZET_DATA_DIR: dataDir,
    KUZET_TRIAGE_EVERY_SECONDS: '0',
    KUZET_PUBLISH_EVERY_MINUTES: '0',
    ...(backend === 'postgres' ? { DATABASE_URL: await freshDatabaseUrl() } : {}),
    ...extraEnv,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const found = /kuzet list server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (found) resolve(found);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url, dataDir, moderatorToken, env, child };
}

export async function stopTestServer(server: TestServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await exited;
}

/** Stops the server and removes its data dir (PostgreSQL test databases go with the CI cluster). */
export async function discardTestServer(server: TestServer): Promise<void> {
  await stopTestServer(server);
  rmSync(server.dataDir, { recursive: true, force: true });
}
