// When an account was created, read from a numeric account id where the id is known to encode
// it. Only Twitter/X "snowflake" ids do, exactly: the top 41 bits are milliseconds since the
// Twitter epoch 1288834974657 (2010-11-04T01:42:54.657Z), so created = (id >> 22) + epoch.
// Source: Twitter Engineering, "Announcing Snowflake" (2010-06-01) and twitter-archive/snowflake
// (Scala, IdWorker.scala: twepoch = 1288834974657L, timestampLeftShift = 22).
// Older Twitter user ids (sequential, below 2^32) and VK/Facebook ids grow with creation time
// but no public mapping gives a date, so they are left out rather than guessed.

export const TWITTER_EPOCH_MS = 1288834974657;
const SNOWFLAKE_SITES = new Set(['x', 'twitter']);
/** Sequential pre-snowflake ids stay below 2^32; anything from 2^32 up decodes past the epoch. */
const FIRST_SNOWFLAKE = 2n ** 32n;

export function createdAtFromId(site: string, numericId: string | undefined): number | null {
  if (numericId === undefined || !SNOWFLAKE_SITES.has(site) || !/^\d{1,20}$/.test(numericId)) return null;
  const id = BigInt(numericId);
  if (id < FIRST_SNOWFLAKE) return null;
  return Number(id >> 22n) + TWITTER_EPOCH_MS;
}
