import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from './http/client-address.js';
import { applyPartnerCors } from './http/cors.js';
import { readJsonObject } from './http/json-body.js';
import { HttpError, sendJson, sendNoContent } from './http/respond.js';
import type { Handler, RouteParams } from './http/router.js';
import { findPetition, type RouteContext } from './route-context.js';
import { checkSignature, hashEmail, isHoneypotFilled } from './signature.js';

export const MAX_SIGNATURE_BYTES = 8 * 1024;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** POST a signature (from this server's pages or a partner's), and its CORS preflight. */
export function signatureHandler(context: RouteContext): Partial<Record<string, Handler>> {
  return {
    OPTIONS: (request, response) => preflight(context, request, response),
    POST: (request, response, params) => sign(context, request, response, params),
  };
}

function preflight(context: RouteContext, request: IncomingMessage, response: ServerResponse): void {
  const allowed = applyPartnerCors(request, response, context.config.allowedOrigins);
  sendNoContent(
    response,
    allowed
      ? {
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        }
      : {},
  );
}

async function sign(context: RouteContext, request: IncomingMessage, response: ServerResponse, params: RouteParams): Promise<void> {
  applyPartnerCors(request, response, context.config.allowedOrigins);
  const petition = findPetition(context, params);
  const retryAfterSeconds = context.rateLimiter?.take(clientAddress(request, context.config.trustedProxies)) ?? 0;
  if (retryAfterSeconds > 0) {
    throw new HttpError(429, 'Too many signatures from this address; please try again shortly', {
      'Retry-After': String(retryAfterSeconds),
    });
  }
  const idempotencyKey = readIdempotencyKey(request);
  const body = await readJsonObject(request, MAX_SIGNATURE_BYTES);
  // A bot gets what a person would, so it has no reason to try harder.
  if (isHoneypotFilled(body)) return sendJson(response, 201, { count: await context.store.count(petition.id) });

  const checked = checkSignature(body);
  if ('problems' in checked) throw new HttpError(422, 'Some fields need attention', {}, { fields: checked.problems });
  const { name, email, country, contactOptIn } = checked.signature;
  const outcome = await context.store.sign(
    {
      petitionId: petition.id,
      name,
      emailHash: hashEmail(email, context.signatureSecret),
      email: contactOptIn ? email : null,
      country,
      contactOptIn,
      consentDay: new Date().toISOString().slice(0, 10),
    },
    idempotencyKey,
  );
  if (outcome.result === 'signed' && !outcome.replayed) context.events.publish(petition.id, outcome.count);
  sendJson(response, outcome.result === 'signed' ? 201 : 200, { count: outcome.count });
}

function readIdempotencyKey(request: IncomingMessage): string | undefined {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') return undefined;
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new HttpError(400, `Idempotency-Key must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  return key;
}
