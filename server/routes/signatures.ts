import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { PETITION_ROUTE } from '../../src/contract/petition.js';
import {
  errorAnswerSchema,
  idempotencyHeadersSchema,
  petitionParamsSchema,
  signatureBodySchema,
  signedAnswerSchema,
} from '../../src/contract/schemas.js';
import { HttpError } from '../http-error.js';
import { findPetition, type RouteContext } from '../route-context.js';
import { checkSignature, hashEmail, isHoneypotFilled } from '../signature.js';

type SignRequest = { Params: { id: string }; Body: Record<string, unknown>; Headers: { 'idempotency-key'?: string } };

/** `POST {petition}/signatures`, from this server's pages or a partner's (CORS: plugins/cors.ts). */
export async function signatureRoutes(app: FastifyInstance, context: RouteContext) {
  app.post<SignRequest>(
    `${PETITION_ROUTE}/signatures`,
    {
      schema: {
        params: petitionParamsSchema,
        headers: idempotencyHeadersSchema,
        body: signatureBodySchema,
        response: { 200: signedAnswerSchema, 201: signedAnswerSchema, '4xx': errorAnswerSchema, '5xx': errorAnswerSchema },
      },
      config: { rateLimit: {} },
    },
    async (request, reply) => {
      const petition = findPetition(context, request.params);
      const body = request.body;
      // A bot gets what a person would, so it has no reason to try harder.
      if (isHoneypotFilled(body)) return reply.code(201).send({ count: await context.store.count(petition.id) });

      const checked = checkSignature(body);
      if ('problems' in checked) throw new HttpError(422, 'Some fields need attention', {}, { fields: checked.problems });
      const { name, email, country, contactOptIn } = checked.signature;
      const emailHash = hashEmail(email, context.signatureSecret);
      const key = request.headers['idempotency-key'];
      const requestHash = createHash('sha256').update(JSON.stringify([name, emailHash, country, contactOptIn])).digest('base64url');
      const outcome = await context.store.sign(
        {
          petitionId: petition.id,
          name,
          emailHash,
          email: contactOptIn ? email : null,
          country,
          contactOptIn,
          consentDay: new Date().toISOString().slice(0, 10),
        },
        key ? { key, requestHash } : undefined,
      );
      return reply.code(outcome.result === 'signed' ? 201 : 200).send({ count: outcome.count });
    },
  );
}
