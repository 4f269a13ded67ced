// The server's environment: a mistyped value stops the server with its name instead of
// running with a silent default; the intake thread count is capped and 0 means inline.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/server/config.ts';

describe('server configuration', () => {
  it('takes KUZET_INTAKE_WORKERS: unset picks by cores, 0 checks inline, large values are capped', () => {
    expect(configFromEnv({}).intakeWorkers).toBeUndefined();
    expect(configFromEnv({ KUZET_INTAKE_WORKERS: '0' }).intakeWorkers).toBe(0);
    expect(configFromEnv({ KUZET_INTAKE_WORKERS: '2' }).intakeWorkers).toBe(2);
    expect(configFromEnv({ KUZET_INTAKE_WORKERS: '100' }).intakeWorkers).toBe(8);
  });

  it('refuses a value that is not a non-negative number, naming it', () => {
    expect(() => configFromEnv({ KUZET_INTAKE_WORKERS: 'two' })).toThrow('two');
    expect(() => configFromEnv({ KUZET_INTAKE_WORKERS: '-1' })).toThrow('-1');
    expect(() => configFromEnv({ KUZET_PORT: '80a' })).toThrow('80a');
  });
});
