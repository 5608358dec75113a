/**
 * The contract as JSON Schema, for servers (the reference server's routes validate and serialise with these).
 * Not imported by any widget, so it stays out of the browser bundles.
 *
 * Each `properties` object must name every field of its interface in `petition.ts` and no other: a serialiser
 * drops what its schema does not list, so a field added to an interface but not here would vanish silently.
 */
import {
  EMAIL_MAX_LENGTH,
  FIELD_PROBLEMS,
  FORM_REFUSALS,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  MAX_SIGNATURE_BYTES,
  NAME_MAX_CODE_POINTS,
  SIGNATURE_FIELDS,
  SIGNATURE_REFUSALS,
  type CountEventData,
  type ErrorAnswer,
  type PendingAnswer,
  type PetitionCount,
  type SignatureBody,
  type SignedAnswer,
} from './petition.js';

type Properties<T> = { [K in keyof Required<T>]: object };

const count = { type: 'integer', minimum: 0 } as const;
const goal = { type: 'integer', minimum: 1 } as const;

const objectOf = <T>(properties: Properties<T>, required: readonly (keyof T & string)[]) =>
  ({ type: 'object', properties, required, additionalProperties: false }) as const;

export const petitionCountSchema = objectOf<PetitionCount>({ count, goal, title: { type: 'string' } }, [
  'count',
  'goal',
  'title',
]);

export const countEventDataSchema = objectOf<CountEventData>({ count, heartbeatMs: goal }, ['count']);

export const signedAnswerSchema = objectOf<SignedAnswer>({ count }, ['count']);

export const pendingAnswerSchema = objectOf<PendingAnswer>({ confirm: { const: 'email' } }, ['confirm']);

export const errorAnswerSchema = objectOf<ErrorAnswer>(
  {
    error: { type: 'string' },
    fields: {
      type: 'object',
      properties: Object.fromEntries(SIGNATURE_FIELDS.map((field) => [field, { enum: FIELD_PROBLEMS }])),
      additionalProperties: false,
    },
    reason: { enum: [...FORM_REFUSALS, ...SIGNATURE_REFUSALS] },
  },
  ['error'],
);

/**
 * Only the shape is validated here: each field's rules (trimming, code points, e-mail syntax, country codes) live
 * in the server's `checkSignature`, which names every refused field in one `422`, as a schema error could not.
 */
export const signatureBodySchema = {
  type: 'object',
  description: `A signature, at most ${MAX_SIGNATURE_BYTES} bytes of JSON; unknown fields are ignored`,
  properties: {
    name: { description: `1 to ${NAME_MAX_CODE_POINTS} characters` },
    email: { description: `an e-mail address, at most ${EMAIL_MAX_LENGTH} characters` },
    country: { description: 'ISO 3166-1 alpha-2, optional' },
    consent: { description: 'true' },
    contactOptIn: { description: 'boolean, optional' },
    website: { description: 'the honeypot: empty or absent' },
    lang: { description: 'the language of the confirmation mail (BCP 47), optional' },
    consentVersion: { description: 'the version of the consent wording the signer agreed to: 16 hex digits' },
    origin: { description: 'the origin of the page that framed the form, optional' },
  } satisfies Properties<SignatureBody>,
} as const;

export const idempotencyHeadersSchema = {
  type: 'object',
  properties: { 'idempotency-key': { type: 'string', maxLength: MAX_IDEMPOTENCY_KEY_LENGTH } },
} as const;

export const petitionParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string' } },
  required: ['id'],
} as const;
