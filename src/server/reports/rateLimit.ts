// Token buckets per reporter key: a key may send `burst` reports at once and then `perHour`
// an hour. Kept in memory (a restart refills every bucket, which is the cautious direction
// only for a few minutes); bounded in size so strangers cannot grow it without limit.
export interface RateLimit {
  /** Takes one token for `key` at `now`; returns 0 when allowed, else seconds to wait. */
  take(key: string, now: number): number;
}

export function tokenBuckets(perHour: number, burst: number, maxKeys = 200_000): RateLimit {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perHour / 3_600_000;
  return {
    take(key, now) {
      const bucket = buckets.get(key) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * refillPerMs);
      bucket.at = now;
      buckets.delete(key);
      if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string);
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
    },
  };
}
