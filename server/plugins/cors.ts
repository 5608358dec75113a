import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import { PETITION_ROUTE } from '../../src/contract/petition.js';

/** Counts and their event streams are public and never depend on credentials, so any page may read them. */
const PUBLIC = {
  origin: '*',
  methods: 'GET, HEAD, OPTIONS',
  allowedHeaders: 'If-None-Match',
  exposedHeaders: 'ETag',
  maxAge: 86_400,
};

const SIGNATURES_PATH = new RegExp(`^${PETITION_ROUTE.replace(':id', '[^/?]+')}/signatures(?:\\?|$)`);

/**
 * A signature's answer may be read by a partner page (ALLOWED_ORIGINS) or this server's own pages; anyone else
 * gets no CORS headers, and the browser withholds the answer. A browser must preflight a JSON POST, so a
 * refused origin cannot even send one. Never allows credentials.
 */
export function corsOptions(allowedOrigins: ReadonlySet<string>): FastifyCorsOptions {
  const partner = (request: FastifyRequest) => ({
    origin: isPartner(request, allowedOrigins) ? request.headers.origin : false,
    methods: 'POST, OPTIONS',
    allowedHeaders: 'Content-Type, Idempotency-Key',
    exposedHeaders: 'Retry-After',
    maxAge: 600,
  });
  return {
    delegator: (request, callback) => callback(null, SIGNATURES_PATH.test(request.url) ? partner(request) : PUBLIC),
  };
}

// The browser sends the Host it is talking to; a page served by this server has that host in its Origin.
function isPartner(request: FastifyRequest, allowedOrigins: ReadonlySet<string>): boolean {
  const { origin, host } = request.headers;
  if (!origin) return false;
  if (allowedOrigins.has(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
