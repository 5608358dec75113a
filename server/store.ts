/**
 * What the routes need from storage; SQLite (`sqlite-store.ts`) and PostgreSQL (`pg-store.ts`) implement it, and
 * one test suite (test/server/store.test.ts) holds both to it.
 */
export interface SignatureStore {
  /** Signatures of a petition: a counter row that every insert and delete of a signature moves in its own transaction. */
  count(petitionId: string): Promise<number>;
  /**
   * Stores a signature unless its e-mail hash already signed this petition, and resolves only after the
   * transaction has committed. With an idempotency key the outcome is kept in the same transaction, and a
   * repeated key replays the first outcome instead of signing again, or throws {@link IdempotencyKeyReused}
   * when the request differs.
   */
  sign(signature: NewSignature, idempotency?: Idempotency): Promise<SignOutcome>;
  /**
   * Calls `listener` with a petition's new count after each committed change: this process's own signatures, and
   * with a store that several instances share, every instance's (and deletions made by hand).
   */
  onCountChange(listener: (petitionId: string, count: number) => void): void;
  /** Forgets idempotency keys created before `cutoff`, and spent rate-limit windows. */
  prune(cutoff: Date): Promise<void>;
  /** Throws {@link StorageUnavailable} unless the database answers a trivial query. */
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

export interface Idempotency {
  key: string;
  /** Identifies what was asked (a hash of the checked signature), so a key reused for another request is caught. */
  requestHash: string;
}

export interface SignOutcome {
  /** `signed`: a new signature; `already-signed`: this e-mail had signed, nothing changed. */
  result: 'signed' | 'already-signed';
  /** The petition's count right after this signature (or at the time of the first answer, when replayed). */
  count: number;
  /** True when an earlier request with the same idempotency key decided the outcome. */
  replayed: boolean;
}

/** The database is gone, down or locked for too long: try again after `retryAfterSeconds`. */
export class StorageUnavailable extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
  }
}

/** An idempotency key came back with a different request than the one it first answered. */
export class IdempotencyKeyReused extends Error {
  constructor() {
    super('This Idempotency-Key was used for a different signature');
  }
}
