// `npm run dossier -- --ndjson EXPORT --out DIR [--key FILE] [--lang en|ru|kk|ky] [--include-others]`:
// builds the investigator's dossier from a researcher NDJSON export (schema/export.ndjson.schema.json).
import { parseDossierArgs } from './dossier/args.ts';
import { runDossier } from './dossier/run.ts';

try {
  const args = parseDossierArgs(process.argv.slice(2));
  const run = await runDossier(args, Date.now());
  if (run.keyOrigin === 'throwaway') console.warn('No --key given: signed with a throwaway key; pass --key FILE to keep one key across dossiers.');
  if (run.keyOrigin === 'created') console.warn(`New key written to ${args.key}; keep it private.`);
  console.log(`Dossier written to ${args.out}: ${run.clusters} clusters, ${run.accounts} accounts, signed by ${run.publicKey}`);
  console.log(`Check it with: npm run dossier:verify -- ${args.out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
