// Moderator keys: random bearer tokens whose sha256 sits in moderators.json, so the file can
// be read by the server without holding the tokens themselves.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';

const fileSchema = v.array(v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), tokenSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) }));
type Moderators = v.InferOutput<typeof fileSchema>;

const sha256 = (text: string) => createHash('sha256').update(text).digest();

export function readModerators(path: string): Moderators {
  return existsSync(path) ? v.parse(fileSchema, JSON.parse(readFileSync(path, 'utf8'))) : [];
}

/** Adds a moderator and returns the token, shown once. */
export function addModerator(path: string, name: string): string {
  const token = randomBytes(24).toString('base64url');
  const list = readModerators(path).filter((m) => m.name !== name);
  list.push({ name, tokenSha256: sha256(token).toString('hex') });
  writeFileSync(path, JSON.stringify(list, null, 2) + '\n', { mode: 0o600 });
  return token;
}

/** The moderator's name for an `Authorization: Bearer <token>` header, or null. */
export function moderatorFor(header: string | undefined, moderators: Moderators): string | null {
  const token = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header ?? '')?.[1];
  if (!token) return null;
  const digest = sha256(token);
  for (const m of moderators) if (timingSafeEqual(digest, Buffer.from(m.tokenSha256, 'hex'))) return m.name;
  return null;
}
