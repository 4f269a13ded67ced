// Token buckets per reporter key: a key may send `burst` reports at once and then `perHour`
// an hour. Decided in memory (no database round trip per report); the report store persists
// each stored report's bucket in the same statement as the report (rate_buckets), and a
// restart preloads the buckets that have not refilled yet (rateBuckets.ts), so a restart does
// not reset anyone's limit. Bounded in size so strangers cannot grow it without limit.
export interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimit {
  /** Takes one token for `key` at `now`; returns 0 when allowed, else seconds to wait. */
  take(key: string, now: number): number;
  /** The key's bucket as it is now (after the last take), to persist with the report. */
  bucket(key: string): Bucket | undefined;
}

export function tokenBuckets(perHour: number, burst: number, options: { maxKeys?: number; preload?: Iterable<[string, Bucket]> } = {}): RateLimit {
  const maxKeys = options.maxKeys ?? 200_000;
  const buckets = new Map<string, Bucket>();
  for (const [key, bucket] of options.preload ?? []) if (buckets.size < maxKeys) buckets.set(key, { ...bucket });
  const refillPerMs = perHour / 3_600_000;
  return {
    take(key, now) {
      const bucket = buckets.get(key) ?? { tokens: burst, at: now };
      // max(at, now): a clock step back after a restart must not drain or overfill the bucket.
      bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * refillPerMs);
      bucket.at = Math.max(bucket.at, now);
      buckets.delete(key);
      if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string);
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
    },
    bucket(key) {
      const bucket = buckets.get(key);
      return bucket && { ...bucket };
    },
  };
}

/** How long an idle bucket takes to refill completely: older persisted buckets are full anyway. */
export function refillWindowMs(perHour: number, burst: number): number {
  return perHour > 0 ? Math.ceil((burst / perHour) * 3_600_000) : Number.POSITIVE_INFINITY;
}
