// Ed25519 key pairs and signing through node:crypto (native, fast): the bench's and tests'
// stand-in for thousands of installs, producing exactly what an install's key would.
import { generateKeyPairSync, sign } from 'node:crypto';
import { toBase64url, type ReportBody, type SignedReport } from '../../core/lists/format.ts';
import { reportSigningBytes } from '../../core/lists/format.ts';

export interface NodeKeyPair {
  publicKey: string;
  signReport(body: Omit<ReportBody, 'reporterKey'>): SignedReport;
}

export function nodeKeyPair(): NodeKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'jwk' }).x as string;
  return {
    publicKey: raw,
    signReport(body) {
      const full: ReportBody = { ...body, reporterKey: raw };
      return { ...full, signature: toBase64url(sign(null, reportSigningBytes(full), privateKey)) };
    },
  };
}
