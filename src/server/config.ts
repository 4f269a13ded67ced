// The server's configuration from environment variables (documented in README "List server").
// Every value has a default that works for one person on one machine.
import { join } from 'node:path';
import { DEFAULT_RULES, type BrigadeRules } from './brigade/rules.ts';

export interface ServerConfig {
  /** 0 picks a free port (tests). The address is always 127.0.0.1: put a proxy in front. */
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  publishDir: string;
  publishEveryMs: number;
  listName: string;
  maintainer: string;
  listValidForMs: number;
  listKeyFile: string;
  moderatorsFile: string;
  rateLimit: { perHour: number; burst: number };
  triageEveryMs: number;
  /** Threads that check report bodies and signatures; 0 checks them on the main thread. */
  intakeWorkers: number | undefined;
  rules: BrigadeRules;
}

const number = (value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a non-negative number: ${value}`);
  return n;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dataDir = env.KUZET_DATA_DIR || '.kuzet-server';
  return {
    port: number(env.KUZET_PORT, 8787),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    publishDir: env.KUZET_PUBLISH_DIR || join(dataDir, 'public'),
    publishEveryMs: number(env.KUZET_PUBLISH_EVERY_MINUTES, 10) * 60_000,
    listName: env.KUZET_LIST_NAME || 'Kuzet shared list',
    maintainer: env.KUZET_LIST_MAINTAINER || 'unnamed maintainer',
    listValidForMs: number(env.KUZET_LIST_VALID_DAYS, 7) * 86_400_000,
    listKeyFile: env.KUZET_LIST_KEY_FILE || join(dataDir, 'list-key.json'),
    moderatorsFile: env.KUZET_MODERATORS_FILE || join(dataDir, 'moderators.json'),
    rateLimit: { perHour: number(env.KUZET_RATE_PER_HOUR, 60), burst: number(env.KUZET_RATE_BURST, 20) },
    triageEveryMs: number(env.KUZET_TRIAGE_EVERY_SECONDS, 2) * 1000,
    intakeWorkers: env.KUZET_INTAKE_WORKERS ? Math.min(8, Math.floor(number(env.KUZET_INTAKE_WORKERS, 0))) : undefined,
    rules: {
      ...DEFAULT_RULES,
      k: number(env.KUZET_K, DEFAULT_RULES.k),
      threshold: number(env.KUZET_THRESHOLD, DEFAULT_RULES.threshold),
      protectedK: number(env.KUZET_PROTECTED_K, DEFAULT_RULES.protectedK),
      newcomerCap: number(env.KUZET_NEWCOMER_CAP, DEFAULT_RULES.newcomerCap),
    },
  };
}
