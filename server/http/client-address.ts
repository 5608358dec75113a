import type { IncomingMessage } from 'node:http';

/**
 * The address that rate limiting keys on: the socket's peer, or behind a trusted reverse proxy
 * the left-most X-Forwarded-For entry (the original client as the first proxy saw it).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwardedFor = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
}
