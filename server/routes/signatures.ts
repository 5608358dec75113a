import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { CONSENT_VERSION_PATTERN, PETITION_ROUTE, type PendingAnswer } from '../../src/contract/petition.js';
import {
  errorAnswerSchema,
  idempotencyHeadersSchema,
  pendingAnswerSchema,
  petitionParamsSchema,
  signatureBodySchema,
  signedAnswerSchema,
} from '../../src/contract/schemas.js';
import { newToken, seal, tokenHash } from '../confirmation.js';
import { isFramingOrigin, pageLanguage } from '../form-page.js';
import { HttpError } from '../http-error.js';
import { fill, mailTexts } from '../mail-text.js';
import type { Petition } from '../petitions.js';
import { findPetition, type RouteContext } from '../route-context.js';
import { checkSignature, hashEmail, isHoneypotFilled, type ValidSignature } from '../signature.js';
import type { PendingSignature } from '../store.js';

type SignRequest = {
  Params: { id: string };
  Body: Record<string, unknown>;
  Headers: { 'idempotency-key'?: string; 'accept-language'?: string };
};

/** The one answer of a petition that confirms by e-mail, whatever the address: see `PendingAnswer`. */
const PENDING: PendingAnswer = { confirm: 'email' };

/** `POST {petition}/signatures`, from this server's pages or a partner's (CORS: plugins/cors.ts). */
export async function signatureRoutes(app: FastifyInstance, context: RouteContext) {
  // Whatever these answer (signed, refused fields, rate limits, errors) concerns one signer: no cache or proxy may
  // keep it. A hook, so it covers the answers that never reach the handler too.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
  });
  app.post<SignRequest>(
    `${PETITION_ROUTE}/signatures`,
    {
      schema: {
        params: petitionParamsSchema,
        headers: idempotencyHeadersSchema,
        body: signatureBodySchema,
        response: {
          200: signedAnswerSchema,
          201: signedAnswerSchema,
          202: pendingAnswerSchema,
          '4xx': errorAnswerSchema,
          '5xx': errorAnswerSchema,
        },
      },
      config: { rateLimit: {} },
    },
    async (request, reply) => {
      const petition = findPetition(context, request.params);
      const body = request.body;
      const confirmByEmail = petition.confirm === 'email';
      // A bot gets what a person would, so it has no reason to try harder.
      if (isHoneypotFilled(body)) {
        return confirmByEmail
          ? reply.code(202).send(PENDING)
          : reply.code(201).send({ count: await context.store.count(petition.id) });
      }

      const checked = checkSignature(body);
      if ('problems' in checked)
        throw new HttpError(422, 'Some fields need attention', {}, { fields: checked.problems });
      // The wording agreed to, stored with the signature, and the partner page, counted apart from it.
      const provenance = {
        consentVersion: acceptedConsentVersion(petition, body.consentVersion),
        origin: partnerOrigin(context, request, body.origin),
      };
      const emailHash = hashEmail(checked.signature.email, context.signatureSecret);
      if (confirmByEmail) {
        const lang = pageLanguage(
          typeof body.lang === 'string'
            ? body.lang
            : (request.headers['accept-language']?.split(/[,;]/)[0]?.trim() ?? null),
        );
        await requestConfirmation(context, petition, { ...checked.signature, ...provenance }, emailHash, lang);
        return reply.code(202).send(PENDING);
      }
      const { name, email, country, contactOptIn } = checked.signature;
      const key = request.headers['idempotency-key'];
      const requestHash = createHash('sha256')
        .update(JSON.stringify([name, emailHash, country, contactOptIn, provenance.consentVersion]))
        .digest('base64url');
      const outcome = await context.store.sign(
        {
          petitionId: petition.id,
          name,
          emailHash,
          email: contactOptIn ? email : null,
          country,
          contactOptIn,
          consentDay: new Date().toISOString().slice(0, 10),
          ...provenance,
        },
        key ? { key, requestHash } : undefined,
      );
      return reply.code(outcome.result === 'signed' ? 201 : 200).send({ count: outcome.count });
    },
  );
}

/**
 * The consent wording's version the signature names, when the petition knows it (the form page's wordings and the
 * petitions file's `consentTexts`); otherwise a 422 that says why, which no field of the form could fix.
 */
function acceptedConsentVersion(petition: Petition, version: unknown): string {
  if (typeof version === 'string' && CONSENT_VERSION_PATTERN.test(version) && petition.consentVersions.has(version))
    return version;
  throw new HttpError(
    422,
    'The consent wording’s version is missing or unknown to this petition',
    {},
    { reason: 'unknown-consent-version' },
  );
}

/**
 * The partner page a signature came from, for the report's counts per origin: the framing page the form names, or
 * the page that posted (`inline`), when it is this server or one of ALLOWED_ORIGINS; else `''`. Anyone could
 * name another allowed origin; the tally is for a report, and holds no free text.
 */
function partnerOrigin(context: RouteContext, request: FastifyRequest, framing: unknown): string {
  const allowed = context.config.allowedOrigins;
  for (const origin of [framing, request.headers.origin]) {
    if (typeof origin === 'string' && isFramingOrigin(origin, request, allowed)) return origin;
  }
  return '';
}

/**
 * Keeps the signature waiting and mails its address: a link to confirm, or a note that it has signed already.
 * The mail goes out after the answer, so neither the answer nor its timing depends on which one it is.
 */
async function requestConfirmation(
  context: RouteContext,
  petition: Petition,
  signature: ValidSignature & Pick<PendingSignature, 'consentVersion' | 'origin'>,
  emailHash: string,
  lang: string,
) {
  const { name, email, country, contactOptIn, consentVersion, origin } = signature;
  const token = newToken();
  const outcome = await context.store.addPending({
    petitionId: petition.id,
    tokenHash: tokenHash(token),
    emailHash,
    sealedEmail: contactOptIn ? seal(email, token) : null,
    name,
    country,
    contactOptIn,
    consentVersion,
    origin,
    expiresAt: new Date(Date.now() + context.config.pendingHours * 3600_000),
  });
  const { texts, lang: textLang } = mailTexts(lang);
  const link = new URL(`api/petitions/${petition.id}/confirm`, context.publicUrl());
  link.searchParams.set('token', token);
  link.searchParams.set('lang', lang);
  const values = { title: petition.title, link: link.href, hours: String(context.config.pendingHours) };
  const [subject, text] =
    outcome === 'pending' ? [texts.confirmSubject, texts.confirmBody] : [texts.alreadySubject, texts.alreadyBody];
  setImmediate(() => {
    context.mailer
      .send({ to: email, subject: fill(subject, values), text: fill(text, values), lang: textLang })
      .catch((error: unknown) => {
        // The code only: a mail server's message may quote the address.
        context.log(
          `confirmation mail failed: ${(error as { code?: string; responseCode?: number }).code ?? 'error'} ${(error as { responseCode?: number }).responseCode ?? ''}`.trim(),
        );
      });
  });
}
