import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { createHmac } from 'node:crypto';
import { HttpError } from '../http-error.js';

export interface RateLimitOptions {
  perMinute: number;
  /** Keys the client addresses, so that not even a shared store ever holds one. */
  secret: string;
  /** A store shared by every instance (see `pg-store.ts`); the plugin's in-memory one otherwise. */
  store?: RateLimitPluginOptions['store'];
}

/**
 * Signatures per client address and minute, for the routes that ask (`config.rateLimit`), in fixed one-minute windows. It runs as a
 * preHandler, after the body was read and checked: a request refused as not JSON (which any page a reader
 * visits can make the reader's browser send) spends no token.
 */
export function rateLimitOptions({ perMinute, secret, store }: RateLimitOptions): RateLimitPluginOptions {
  return {
    global: false,
    hook: 'preHandler',
    max: perMinute,
    timeWindow: 60_000,
    ...(store && { store }),
    // request.ip honours TRUST_PROXY (Fastify's trustProxy counts the proxies, as the setting does).
    keyGenerator: (request) => createHmac('sha256', secret).update(request.ip).digest('base64url'),
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    addHeaders: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
      'retry-after': true,
    },
    errorResponseBuilder: () => new HttpError(429, 'Too many signatures from this address; please try again shortly'),
  };
}
