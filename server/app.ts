import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ServerConfig } from './config.js';
import { CountEvents } from './events.js';
import { HttpError, sendError, sendJson } from './http/respond.js';
import { matchRoute } from './http/router.js';
import { loadPetitions } from './petitions.js';
import { RateLimiter } from './rate-limit.js';
import { apiRoutes } from './routes.js';
import { loadSignatureSecret } from './secret.js';
import { openSqliteStore } from './sqlite-store.js';
import { serveStatic, type StaticMount } from './static.js';

export interface RunningServer {
  /** Where it listens, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  /** Open event streams; for tests and monitoring. */
  readonly subscriberCount: number;
  /** Stops accepting, ends event streams, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Receives one line per request (method, route pattern, status, duration) and unexpected errors. */
  log?: (line: string) => void;
}

const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
/** In-flight requests get this long to finish on shutdown before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Opens the store, then listens on the configured host and port (0 picks a free one). */
export async function startServer(config: ServerConfig, { log = () => {} }: ServerOptions = {}): Promise<RunningServer> {
  const petitions = loadPetitions(config.petitionsFile);
  const signatureSecret = loadSignatureSecret(config.signatureSecret, config.dataDir);
  const store = openSqliteStore(config.databasePath);
  const events = new CountEvents(config.heartbeatMs);
  const rateLimiter = config.rateLimitPerMinute > 0 ? new RateLimiter(config.rateLimitPerMinute) : undefined;
  const routes = apiRoutes({ config, petitions, store, events, rateLimiter, signatureSecret });
  const staticMounts: StaticMount[] = [
    { prefix: '/dist/', dir: join(config.siteRoot, 'dist') },
    { prefix: '/', dir: join(config.siteRoot, 'demo') },
  ];

  const pruneIdempotencyKeys = () => store.pruneIdempotencyKeys(new Date(Date.now() - IDEMPOTENCY_KEY_LIFETIME_MS));
  await pruneIdempotencyKeys();
  const pruneTimer = setInterval(() => pruneIdempotencyKeys().catch((error) => log(`pruning failed: ${error}`)), PRUNE_INTERVAL_MS);
  pruneTimer.unref();

  let closing = false;
  // On shutdown, once the last answer is out, every remaining connection is idle (or half-closed by a client that left).
  let requestsInFlight = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    const match = matchRoute(routes, pathname);
    // Only the pattern is logged, never the path or anything else that could identify a signer.
    const routePattern = match?.route.pattern ?? (pathname.startsWith('/api/') ? '/api/*' : `${staticMountFor(pathname).prefix}*`);
    requestsInFlight += 1;
    response.on('close', () => {
      log(`${request.method} ${routePattern} ${response.statusCode} ${Math.round(performance.now() - startedAt)}ms`);
      requestsInFlight -= 1;
      if (closing && requestsInFlight === 0) server.closeAllConnections();
    });
    if (closing) response.setHeader('Connection', 'close');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');

    try {
      if (match) {
        const handler = match.route.methods[request.method ?? ''];
        if (!handler) throw new HttpError(405, 'Method not allowed', { Allow: Object.keys(match.route.methods).join(', ') });
        await handler(request, response, match.params);
      } else if (pathname.startsWith('/api/')) {
        throw new HttpError(404, 'No such API route');
      } else if (request.method === 'GET' || request.method === 'HEAD') {
        await serveStatic(request, response, staticMountFor(pathname), pathname);
      } else {
        throw new HttpError(405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
    } catch (error) {
      answerFailure(response, error);
    }
  }

  function staticMountFor(pathname: string): StaticMount {
    return staticMounts.find((mount) => pathname.startsWith(mount.prefix)) ?? (staticMounts.at(-1) as StaticMount);
  }

  function answerFailure(response: ServerResponse, error: unknown): void {
    if (!(error instanceof HttpError)) log(`unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
    if (response.headersSent) response.destroy();
    else if (error instanceof HttpError) sendError(response, error);
    else sendJson(response, 500, { error: 'Internal server error' });
  }

  const server = createServer((request, response) => void handle(request, response));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    clearInterval(pruneTimer);
    events.close();
    await store.close();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/`,
    get subscriberCount() {
      return events.subscriberCount;
    },
    close() {
      closed ??= (async () => {
        closing = true;
        clearInterval(pruneTimer);
        const allConnectionsClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        events.close();
        if (requestsInFlight === 0) server.closeAllConnections();
        const cutOff = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
        await allConnectionsClosed;
        clearTimeout(cutOff);
        await store.close();
      })();
      return closed;
    },
  };
}
