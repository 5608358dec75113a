import { isCount, type FieldProblems as AllFieldProblems, type SignatureBody } from '../../contract/petition.js';

/** The fields the form shows, of those the petition server checks (`422 { fields }`). */
export const FIELDS = ['name', 'email', 'country', 'consent'] as const;
export type Field = (typeof FIELDS)[number];
export type { FieldProblem } from '../../contract/petition.js';
export type FieldProblems = Pick<AllFieldProblems, Field>;

/** How an attempt ended. `retry`: nothing was refused, so the same values may be sent again with the same key. */
export type Outcome =
  | { kind: 'signed'; count: number }
  /** The petition confirms by e-mail: nothing counts until the signer follows the mailed link. */
  | { kind: 'pending' }
  | { kind: 'fields'; fields: FieldProblems }
  | { kind: 'retry' }
  | { kind: 'rate-limited'; seconds: number }
  /** `unknown-consent-version`: the consent wording's version is missing or unknown to the petition (the embedder's to fix). */
  | { kind: 'failed'; reason?: 'unknown-consent-version' };

/** `Retry-After` in seconds: a number of seconds or an HTTP date; a minute when it is missing or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  const value = header?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 60;
}

/**
 * POSTs a signature. No cookies, no Referer; the `Idempotency-Key` lets the server answer a repeated
 * attempt with the first one's result instead of signing twice.
 */
export async function sendSignature(url: string, body: SignatureBody, idempotencyKey: string): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'retry' };
  }
  if (response.status === 429)
    return { kind: 'rate-limited', seconds: retryAfterSeconds(response.headers.get('Retry-After')) };
  if (response.status >= 500) return { kind: 'retry' };
  const data = (await response.json().catch(() => null)) as {
    count?: unknown;
    fields?: unknown;
    confirm?: unknown;
    reason?: unknown;
  } | null;
  const { count, fields, confirm, reason } = data ?? {};
  // The same answer for a new address, one waiting for confirmation and one that signed: only the mailbox learns which.
  if (response.status === 202 && confirm === 'email') return { kind: 'pending' };
  // 201 signed, 200 already signed: the same answer on purpose, so nobody learns who signed before.
  if ((response.status === 200 || response.status === 201) && isCount(count)) return { kind: 'signed', count };
  if (response.status === 422 && fields && typeof fields === 'object') return { kind: 'fields', fields };
  return response.status === 422 && reason === 'unknown-consent-version'
    ? { kind: 'failed', reason }
    : { kind: 'failed' };
}
