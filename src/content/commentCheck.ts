// The protocol's comment schema (messages/schemas.ts `commentSchema`) as plain checks: the same
// verdict on every comment (a property test holds the two together), at a fraction of the cost
// of a schema pass per comment on a 5,000-comment page. The background still checks every
// comment it receives with the schema itself and drops only a bad one: this check only spares
// the page a comment the background would throw away, and keeps a bad one from being marked.
import type { Comment } from '../core/model.ts';
import { parsesAsUrl } from './urlCheck.ts';

const MAX_URL = 2048;
/**
 * A shape URL.canParse always accepts: http(s), a host of letter-led ASCII labels (never an IPv4
 * number, never punycode), printable ASCII after it. Anything else is asked of URL.canParse.
 */
const PLAIN_URL = /^https?:\/\/(?!.*xn--)[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*(?:[/?#][!-[\]-~]*)?$/i;

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
/** URLs that repeat from comment to comment (thread, profile, avatar): answers remembered. */
const isRepeatedUrl = (value: unknown) => typeof value === 'string' && value.length <= MAX_URL && parsesAsUrl(value);
/** The comment's own permalink: unique, so not worth remembering; the rare odd one is parsed. */
const isOwnUrl = (value: unknown) => typeof value === 'string' && value.length <= MAX_URL && (PLAIN_URL.test(value) || parses(value));

/** A full parse, not URL.canParse: Node 20's optimised canParse answers false for non-Latin-1 text. */
function parses(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** A field that may be missing, but is never present as undefined (the schema's exactOptional). */
function optional(record: object, key: string, valid: (value: unknown) => boolean): boolean {
  return !(key in record) || valid((record as Record<string, unknown>)[key]);
}

function isAccount(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false; // as valibot's object(): an array passes
  const { numericId } = value as { numericId?: unknown };
  return (
    optional(value, 'joinedAt', isTime) &&
    optional(value, 'numericId', () => typeof numericId === 'string' && /^\d{1,30}$/.test(numericId)) &&
    optional(value, 'description', (d) => isText(d, 2000))
  );
}

/** The first field the protocol would refuse, or null when the background will accept the comment. */
export function commentFault(comment: Comment): string | null {
  const c = comment as unknown as Record<string, unknown>;
  if (typeof c !== 'object' || c === null) return 'comment';
  // `key in c` inline, not a helper taking a closure per field: 5,000 comments a page, 14 fields each.
  if (!isText(c['id'], 300)) return 'id';
  if (!isText(c['site'], 40)) return 'site';
  if (!isText(c['authorKey'], 300)) return 'authorKey';
  if (!isText(c['displayName'], 300)) return 'displayName';
  if ('handle' in c && !isText(c['handle'], 300)) return 'handle';
  if ('profileUrl' in c && !isRepeatedUrl(c['profileUrl'])) return 'profileUrl';
  if ('avatarUrl' in c && !isRepeatedUrl(c['avatarUrl'])) return 'avatarUrl';
  if (!isText(c['text'], 20_000)) return 'text';
  if ('time' in c && !isTime(c['time'])) return 'time';
  if ('replyTo' in c && !isText(c['replyTo'], 300)) return 'replyTo';
  if (!isRepeatedUrl(c['threadUrl'])) return 'threadUrl';
  if ('url' in c && !isOwnUrl(c['url'])) return 'url';
  if ('likes' in c && !(typeof c['likes'] === 'number' && Number.isInteger(c['likes']))) return 'likes';
  if ('account' in c && !isAccount(c['account'])) return 'account';
  return null;
}
