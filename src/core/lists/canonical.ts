// Canonical JSON: the exact bytes that get signed and hashed, so a signer and a verifier in
// different runtimes agree byte for byte. Object keys sorted by UTF-16 code units, no
// whitespace, `undefined` members dropped, arrays kept in order, only finite numbers.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // NaN/Infinity would become "null" silently and two different objects would sign alike.
    if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  throw new Error(`canonicalJson: cannot encode ${typeof value}`);
}

/** UTF-8 bytes of a domain tag, a newline and the canonical JSON (tags stop cross-use of signatures). */
export function taggedBytes(tag: string, value: unknown): Uint8Array {
  return new TextEncoder().encode(`${tag}\n${canonicalJson(value)}`);
}
