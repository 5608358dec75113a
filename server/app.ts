import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import type { AddressInfo } from 'node:net';
import { MAX_SIGNATURE_BYTES, PETITION_ROUTE } from '../src/contract/petition.js';
import { VERSION } from '../src/internal/version.js';
import type { ServerConfig } from './config.js';
import { demoPageRoutes } from './demo-page.js';
import { CountEvents } from './events.js';
import { FORM_PAGE_CSS_PATH, formPageRoutes } from './form-page.js';
import { HttpError } from './http-error.js';
import { outboxMailer, smtpMailer } from './mail.js';
import { loadPetitions } from './petitions.js';
import { openPgStore } from './pg-store.js';
import { corsOptions } from './plugins/cors.js';
import { rateLimitOptions, type RateLimitOptions } from './plugins/rate-limit.js';
import { staticFiles } from './plugins/static.js';
import type { RouteContext } from './route-context.js';
import { confirmRoutes } from './routes/confirm.js';
import { EMBED_WIDGETS_PATH, embedWidgetsRoutes } from './routes/embed-widgets.js';
import { OUTBOX_PATH, outboxRoutes } from './routes/outbox.js';
import { petitionRoutes } from './routes/petition.js';
import { signatureRoutes } from './routes/signatures.js';
import { loadSignatureSecret } from './secret.js';
import { openSqliteStore } from './sqlite-store.js';
import { IdempotencyKeyReused, StorageUnavailable } from './store.js';

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
const METHODS = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT'] as const;
/** On every answer: no content sniffing, and no Referer to wherever a page leads. */
const EVERY_ANSWER = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** Opens the store, then listens on the configured host and port (0 picks a free one). */
export async function startServer(
  config: ServerConfig,
  { log = () => {} }: ServerOptions = {},
): Promise<RunningServer> {
  const petitions = loadPetitions(config.petitionsFile);
  const confirmsByEmail = [...petitions.values()].some((petition) => petition.confirm === 'email');
  if (config.production && confirmsByEmail && !config.smtpUrl) {
    throw new Error(
      'SMTP_URL must be set in production: signatures are confirmed by e-mail (the demo outbox is for trying the server out)',
    );
  }
  if (config.production && confirmsByEmail && !config.publicUrl) {
    throw new Error('PUBLIC_URL must be set in production: it is where confirmation links point');
  }
  const signatureSecret = loadSignatureSecret(config.signatureSecret, config.dataDir, {
    production: config.production,
    file: config.signatureSecretFile,
  });
  const postgres = config.postgresUrl ? await openPgStore(config.postgresUrl) : undefined;
  const store = postgres ?? (await openSqliteStore(config.databasePath));
  const events = new CountEvents(config.heartbeatMs, {
    perClient: config.streamsPerClient,
    total: config.streamsTotal,
  });
  store.onCountChange((petitionId, count) => events.publish(petitionId, count));

  const prune = () => store.prune(new Date(Date.now() - IDEMPOTENCY_KEY_LIFETIME_MS));
  const pruneTimer = setInterval(() => prune().catch((error) => log(`pruning failed: ${error}`)), PRUNE_INTERVAL_MS);
  pruneTimer.unref();

  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : outboxMailer();
  let listening = '';
  const publicUrl = () => config.publicUrl ?? listening;

  let app: FastifyInstance | undefined;
  try {
    await prune();
    // Instances on one PostgreSQL share their rate limits there; SQLite means one process, so memory will do.
    app = await buildApp(
      { config, petitions, store, events, signatureSecret, mailer, publicUrl, log },
      postgres?.rateLimitStore(),
    );
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    clearInterval(pruneTimer);
    events.close();
    mailer.close();
    await app?.close();
    await store.close();
    throw error;
  }
  const server = app;
  const { address, port } = server.server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  listening = `http://${host}:${port}/`;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/`,
    get subscriberCount() {
      return events.subscriberCount;
    },
    close() {
      closed ??= (async () => {
        clearInterval(pruneTimer);
        const cutOff = setTimeout(() => server.server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
        await server.close();
        clearTimeout(cutOff);
        mailer.close();
        await store.close();
      })();
      return closed;
    },
  };
}

/** The app: the error and not-found answers, the plugins, then the routes. */
async function buildApp(context: RouteContext, rateLimitStore: RateLimitOptions['store']): Promise<FastifyInstance> {
  const { config, events, log } = context;
  const app = Fastify({
    // The socket's peer and the next TRUST_PROXY - 1 hops are proxies: request.ip is what the outermost one saw.
    trustProxy: (_address, hop) => hop < config.trustedProxies,
    bodyLimit: MAX_SIGNATURE_BYTES,
    forceCloseConnections: 'idle',
    // A path that is not even well-formed names no file.
    frameworkErrors: (error, _request, reply) =>
      sendError(
        reply.headers(EVERY_ANSWER) as FastifyReply,
        error.code === 'FST_ERR_BAD_URL' ? new HttpError(404, 'Not found') : error,
      ),
  });
  // Only JSON is accepted; text/plain would otherwise arrive as a string.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error, _request, reply) => {
    if (!asHttpError(error)) log(`unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
    sendError(reply, error);
  });
  app.setNotFoundHandler((request) => {
    throw new HttpError(404, request.url.startsWith('/api/') ? 'No such API route' : 'Not found');
  });

  let closing = false;
  // On shutdown, once the last answer is out, every remaining connection is idle (or half-closed by a client that left).
  let requestsInFlight = 0;
  app.addHook('onRequest', async (_request, reply) => {
    requestsInFlight += 1;
    reply.headers({ ...EVERY_ANSWER, ...(closing && { Connection: 'close' }) });
  });
  app.addHook('onResponse', async (request, reply) => {
    // Only the pattern is logged, never the path or anything else that could identify a signer.
    const pattern = request.routeOptions.url ?? (request.url.startsWith('/api/') ? '/api/*' : '/*');
    log(`${request.method} ${pattern} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`);
    requestsInFlight -= 1;
    if (closing && requestsInFlight === 0) app.server.closeAllConnections();
  });
  app.addHook('preClose', async () => {
    closing = true;
    events.close();
    if (requestsInFlight === 0) app.server.closeAllConnections();
  });

  await app.register(cors, corsOptions(config.allowedOrigins));
  if (config.rateLimitPerMinute > 0) {
    await app.register(
      rateLimit,
      rateLimitOptions({
        perMinute: config.rateLimitPerMinute,
        secret: context.signatureSecret,
        store: rateLimitStore,
      }),
    );
  }
  await app.register(staticFiles, { siteRoot: config.siteRoot, version: VERSION });
  await app.register(petitionRoutes, context);
  await app.register(signatureRoutes, context);
  await app.register(formPageRoutes, context);
  await app.register(demoPageRoutes, context);
  await app.register(confirmRoutes, context);
  await app.register(outboxRoutes, context);
  await app.register(embedWidgetsRoutes, context);

  // Any other method on a known path is a 405 that says which ones it takes (OPTIONS is CORS's).
  const allow = (url: string, allowed: string) => {
    app.route({
      method: METHODS.filter((method) => !allowed.includes(method)),
      url,
      handler: async (request) => {
        if (url === '/*' && request.url.startsWith('/api/')) throw new HttpError(404, 'No such API route');
        throw new HttpError(405, 'Method not allowed', { Allow: allowed });
      },
    });
  };
  allow(PETITION_ROUTE, 'GET, HEAD, OPTIONS');
  allow(`${PETITION_ROUTE}/events`, 'GET, OPTIONS');
  allow(`${PETITION_ROUTE}/signatures`, 'POST, OPTIONS');
  allow(`${PETITION_ROUTE}/form`, 'GET, HEAD');
  allow(`${PETITION_ROUTE}/confirm`, 'GET, HEAD, POST');
  if (context.mailer.outbox) allow(OUTBOX_PATH, 'GET, HEAD');
  allow(FORM_PAGE_CSS_PATH, 'GET, HEAD');
  allow(EMBED_WIDGETS_PATH, 'GET, HEAD');
  allow('/healthz', 'GET, HEAD');
  allow('/*', 'GET, HEAD');
  return app;
}

/** The one error shape, `{ "error": "..." }` (422s add `fields`), for every failure. */
function sendError(reply: FastifyReply, error: unknown): void {
  const answer = asHttpError(error) ?? new HttpError(500, 'Internal server error');
  void reply
    .code(answer.statusCode)
    .headers(answer.headers)
    .send({ error: answer.message, ...answer.details });
}

/** What a failure means for the client, or undefined for a bug. */
function asHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof StorageUnavailable) {
    return new HttpError(503, 'The petition cannot take signatures right now; please try again shortly', {
      'Retry-After': String(error.retryAfterSeconds),
    });
  }
  if (error instanceof IdempotencyKeyReused) return new HttpError(422, error.message);
  const { code, statusCode, validation, validationContext } = error as FastifyError;
  if (validation) {
    return new HttpError(
      400,
      validationContext === 'body'
        ? 'The body must be a JSON object'
        : `${validationContext} ${error instanceof Error ? error.message : ''}`,
    );
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new HttpError(415, 'Send the body as application/json');
  // Close the connection after answering: the rest of an oversized body is not worth reading.
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new HttpError(413, `The body must be at most ${MAX_SIGNATURE_BYTES} bytes`, { Connection: 'close' });
  if (statusCode === 400) return new HttpError(400, 'The body is not valid JSON');
  if (statusCode && statusCode >= 400 && statusCode < 500) return new HttpError(statusCode, (error as Error).message);
  return undefined;
}
