import type { IncomingMessage } from 'node:http';

/**
 * The address that rate limiting keys on: the socket's peer or, behind `trustedProxies` reverse proxies that each
 * append the address they saw to X-Forwarded-For, the entry the outermost of them wrote. Entries left of it came
 * from the client and could say anything.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const forwardedFor = request.headers['x-forwarded-for'];
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (trustedProxies > 0 && entries.length) return entries[Math.max(0, entries.length - trustedProxies)]!;
  return request.socket.remoteAddress ?? 'unknown';
}
