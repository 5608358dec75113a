/**
 * What the routes need from storage. Promise-based although SQLite answers synchronously,
 * so that a PostgreSQL store can be added later without touching the routes.
 */
export interface SignatureStore {
  /** Signatures of a petition, derived from stored rows (cached in memory, kept exact by `sign`). */
  count(petitionId: string): Promise<number>;
  /**
   * Stores a signature unless its e-mail hash already signed this petition, and resolves only
   * after the transaction has committed. With an idempotency key the outcome is kept in the same
   * transaction, and a repeated key replays the first outcome instead of signing again.
   */
  sign(signature: NewSignature, idempotencyKey?: string): Promise<SignOutcome>;
  /** Forgets idempotency keys created before `cutoff`. */
  pruneIdempotencyKeys(cutoff: Date): Promise<void>;
  /** Throws if the database cannot answer a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface NewSignature {
  petitionId: string;
  name: string;
  /** Keyed hash of the lower-cased e-mail: what de-duplication compares. */
  emailHash: string;
  /** Kept only when the signer agreed to be contacted; null otherwise. */
  email: string | null;
  /** ISO 3166-1 alpha-2, or null when not given. */
  country: string | null;
  contactOptIn: boolean;
  /** YYYY-MM-DD: the day is all the consent record needs. */
  consentDay: string;
}

export interface SignOutcome {
  /** `signed`: a new signature; `already-signed`: this e-mail had signed, nothing changed. */
  result: 'signed' | 'already-signed';
  /** The petition's count right after this signature (or at the time of the first answer, when replayed). */
  count: number;
  /** True when an earlier request with the same idempotency key decided the outcome. */
  replayed: boolean;
}
