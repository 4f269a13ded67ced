// SHA-256 for the dossier scripts: Node's WebCrypto, the same digest the extension's worker uses.
import { webcrypto } from 'node:crypto';

export const sha256 = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
