import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { PETITION_ROUTE } from '../../src/contract/petition.js';
import { errorAnswerSchema, petitionCountSchema, petitionParamsSchema } from '../../src/contract/schemas.js';
import { HttpError } from '../http-error.js';
import { findPetition, type RouteContext } from '../route-context.js';

type PetitionRequest = { Params: { id: string } };

/** `GET {petition}` (the count), `GET {petition}/events` (the live count) and `GET /healthz`. */
export async function petitionRoutes(app: FastifyInstance, context: RouteContext) {
  const { cacheSeconds } = context.config;
  // Browsers and CDNs may serve a slightly old count, and keep serving one while the server is down.
  const cacheControl = `public, max-age=${cacheSeconds}, stale-while-revalidate=${2 * cacheSeconds}, stale-if-error=${5 * cacheSeconds}`;

  app.get<PetitionRequest>(
    PETITION_ROUTE,
    {
      schema: {
        params: petitionParamsSchema,
        response: { 200: petitionCountSchema, '4xx': errorAnswerSchema, '5xx': errorAnswerSchema },
      },
    },
    async (request, reply) => {
      const petition = findPetition(context, request.params);
      const json = String(
        reply.serialize({ count: await context.store.count(petition.id), goal: petition.goal, title: petition.title }),
      );
      const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"`;
      reply.headers({ 'Cache-Control': cacheControl, ETag: etag });
      if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );

  const errors = { '4xx': errorAnswerSchema, '5xx': errorAnswerSchema };
  // 200 is a text/event-stream of `countEventText` messages (src/contract), which JSON Schema cannot describe.
  // No HEAD: it would open a stream nobody reads.
  const eventsRoute = { exposeHeadRoute: false, schema: { params: petitionParamsSchema, response: errors } };
  app.get<PetitionRequest>(`${PETITION_ROUTE}/events`, eventsRoute, async (request, reply) => {
    const petition = findPetition(context, request.params);
    const stream = context.events.subscribe(petition.id, await context.store.count(petition.id), request.ip);
    if (!stream)
      throw new HttpError(503, 'Too many open event streams; poll the count instead', { 'Retry-After': '60' });
    return reply
      .headers({
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        // nginx would otherwise hold events back in its buffer.
        'X-Accel-Buffering': 'no',
      })
      .send(stream);
  });

  const healthy = { type: 'object', properties: { ok: { const: true } }, required: ['ok'] } as const;
  app.get('/healthz', { schema: { response: { 200: healthy, ...errors } } }, async () => {
    try {
      await context.store.ping();
    } catch {
      throw new HttpError(503, 'The database does not answer', { 'Retry-After': '5' });
    }
    return { ok: true };
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
