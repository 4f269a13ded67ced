// Property tests run with one fixed seed, so CI is deterministic and a failure is reproducible;
// FC_SEED=<n> explores other seeds locally (fast-check prints the seed of any failure).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20261126) });
