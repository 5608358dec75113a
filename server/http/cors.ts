import type { IncomingMessage, ServerResponse } from 'node:http';

/** Counts are public and never depend on credentials, so any page may read them. */
export const PUBLIC_CORS = { 'Access-Control-Allow-Origin': '*' } as const;

/**
 * Lets a partner page (listed in ALLOWED_ORIGINS) or the server's own pages read the answer to a
 * signature; anyone else gets no CORS headers, and the browser withholds the answer. A browser
 * must preflight a JSON POST, so a refused origin cannot even send one. Never allows credentials.
 */
export function applyPartnerCors(request: IncomingMessage, response: ServerResponse, allowedOrigins: ReadonlySet<string>): boolean {
  response.setHeader('Vary', 'Origin');
  const origin = request.headers.origin;
  if (!origin || !(allowedOrigins.has(origin) || isOwnOrigin(origin, request))) return false;
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  return true;
}

// The browser sends the Host it is talking to; a page served by this server has that host in its Origin.
function isOwnOrigin(origin: string, request: IncomingMessage): boolean {
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
