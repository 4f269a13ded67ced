// `npm run dossier:verify -- DIR [--public-key KEY]`: exits 0 only when every file of the dossier
// is exactly what its manifest lists and the manifest's Ed25519 signature holds.
import { verifyDir } from './dossier/verifyDir.ts';

const argv = process.argv.slice(2);
const keyAt = argv.indexOf('--public-key');
const expected = keyAt >= 0 ? argv[keyAt + 1] : undefined;
const dir = argv.find((a, i) => !a.startsWith('--') && (keyAt < 0 || i !== keyAt + 1));
if (!dir) {
  console.error('usage: npm run dossier:verify -- DIR [--public-key KEY]');
  process.exit(2);
}
try {
  const { problems, files, publicKey } = await verifyDir(dir, expected);
  if (problems.length) {
    for (const p of problems) console.error(`FAIL ${p}`);
    process.exitCode = 1;
  } else {
    console.log(`OK: ${files - 1} files match manifest.json, signed by ${publicKey}`);
  }
} catch (error) {
  console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
