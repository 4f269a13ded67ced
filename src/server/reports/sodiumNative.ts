// Loads libsodium (sodium-native, prebuilt for the usual platforms) for the server's signature
// checks (sodiumVerifier.ts) and the bench's and tests' signers (nodeSigner.ts), or undefined
// where the native module cannot load: both then fall back to node:crypto's OpenSSL.
import { createRequire } from 'node:module';

/**
 * The module, only if it has every function `needs` names: one that loaded but lacks a function
 * is as good as absent, never a half-working backend. `load` stands in for require in tests.
 */
export function loadSodiumNative<T extends object>(needs: readonly (keyof T & string)[], load: (name: string) => unknown = createRequire(import.meta.url)): T | undefined {
  let sodium: unknown;
  try {
    sodium = load('sodium-native');
  } catch {
    return undefined;
  }
  if (typeof sodium !== 'object' || sodium === null) return undefined;
  return needs.every((name) => typeof (sodium as Record<string, unknown>)[name] === 'function') ? (sodium as T) : undefined;
}
