interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MS_PER_MINUTE = 60_000;
/** Beyond this many clients seen within a minute, the oldest bucket makes room (memory stays bounded). */
const MAX_TRACKED_CLIENTS = 100_000;

/** A token bucket per client: `perMinute` actions a minute, in bursts of up to `perMinute`. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly tokensPerMs: number;
  private lastPrunedAt: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokensPerMs = perMinute / MS_PER_MINUTE;
    this.lastPrunedAt = now();
  }

  /** Takes a token for `client`: 0 when allowed, else the whole seconds until one is back. */
  take(client: string): number {
    const now = this.now();
    this.pruneOncePerMinute(now);
    const bucket = this.buckets.get(client) ?? this.newBucket(client, now);
    bucket.tokens = this.refilled(bucket, now);
    bucket.updatedAt = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.tokensPerMs / 1000);
  }

  /** How many clients have a bucket; for tests and monitoring. */
  get trackedClients(): number {
    return this.buckets.size;
  }

  private newBucket(client: string, now: number): Bucket {
    if (this.buckets.size >= MAX_TRACKED_CLIENTS) this.buckets.delete(this.buckets.keys().next().value as string);
    const bucket = { tokens: this.perMinute, updatedAt: now };
    this.buckets.set(client, bucket);
    return bucket;
  }

  private refilled(bucket: Bucket, now: number): number {
    return Math.min(this.perMinute, bucket.tokens + (now - bucket.updatedAt) * this.tokensPerMs);
  }

  // A full bucket is the same as no bucket; any bucket fills up within a minute, so pruning
  // once a minute keeps only the clients seen during the last one.
  private pruneOncePerMinute(now: number): void {
    if (now - this.lastPrunedAt < MS_PER_MINUTE) return;
    this.lastPrunedAt = now;
    for (const [client, bucket] of this.buckets) {
      if (this.refilled(bucket, now) >= this.perMinute) this.buckets.delete(client);
    }
  }
}
