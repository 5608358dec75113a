import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formPageRoutes } from './form-page.js';
import { PUBLIC_CORS } from './http/cors.js';
import { HttpError, sendJson, sendJsonText, sendNoContent } from './http/respond.js';
import type { Route, RouteParams } from './http/router.js';
import { findPetition, type RouteContext } from './route-context.js';
import { signatureHandler } from './signature-route.js';
import type { SignatureStore } from './store.js';

/** The API, matched in order; anything else under /api/ is a 404, anything outside it a static file. */
export function apiRoutes(context: RouteContext): Route[] {
  const publicPreflight = preflightFor('GET, HEAD, OPTIONS');
  const showCount = countHandler(context);
  const showHealth = healthHandler(context.store);
  return [
    { pattern: '/healthz', methods: { GET: showHealth, HEAD: showHealth } },
    { pattern: '/api/petitions/:id', methods: { GET: showCount, HEAD: showCount, OPTIONS: publicPreflight } },
    { pattern: '/api/petitions/:id/events', methods: { GET: eventsHandler(context), OPTIONS: publicPreflight } },
    { pattern: '/api/petitions/:id/signatures', methods: signatureHandler(context) },
    // The framed sign-up page, GET /api/petitions/:id/form, and its stylesheet.
    ...formPageRoutes(context),
  ];
}

function countHandler(context: RouteContext) {
  const { cacheSeconds } = context.config;
  // Browsers and CDNs may serve a slightly old count, and keep serving one while the server is down.
  const cacheControl = `public, max-age=${cacheSeconds}, stale-while-revalidate=${2 * cacheSeconds}, stale-if-error=${5 * cacheSeconds}`;
  return async (request: IncomingMessage, response: ServerResponse, params: RouteParams) => {
    const petition = findPetition(context, params);
    const count = await context.store.count(petition.id);
    const json = JSON.stringify({ count, goal: petition.goal, title: petition.title });
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"`;
    const headers = { ...PUBLIC_CORS, 'Access-Control-Expose-Headers': 'ETag', 'Cache-Control': cacheControl, ETag: etag };
    if (etagMatches(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers);
      response.end();
    } else {
      sendJsonText(response, 200, json, headers);
    }
  };
}

function eventsHandler(context: RouteContext) {
  return async (_request: IncomingMessage, response: ServerResponse, params: RouteParams) => {
    const petition = findPetition(context, params);
    context.events.subscribe(petition.id, response, await context.store.count(petition.id));
  };
}

function healthHandler(store: SignatureStore) {
  return async (_request: IncomingMessage, response: ServerResponse) => {
    try {
      await store.ping();
    } catch {
      throw new HttpError(503, 'The database does not answer');
    }
    sendJson(response, 200, { ok: true });
  };
}

function preflightFor(methods: string) {
  return (_request: IncomingMessage, response: ServerResponse) =>
    sendNoContent(response, {
      ...PUBLIC_CORS,
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
    });
}

/** If-None-Match compares weakly: `W/"x"` matches `"x"`, and `*` matches anything. */
function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
