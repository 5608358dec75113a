/**
 * What the routes need from storage; SQLite (`sqlite-store.ts`) and PostgreSQL (`pg-store.ts`) implement it, and
 * one test suite (test/server/store.test.ts) holds both to it.
 */
export interface SignatureStore {
  /** Signatures of a petition: a counter row that every insert and delete of a signature moves in its own transaction. */
  count(petitionId: string): Promise<number>;
  /**
   * Stores a signature unless its e-mail hash already signed this petition, and resolves only after the
   * transaction has committed. Signatures of that e-mail hash waiting for confirmation are forgotten with it. With an idempotency key the outcome is kept in the same transaction, and a
   * repeated key replays the first outcome instead of signing again, or throws {@link IdempotencyKeyReused}
   * when the request differs.
   */
  sign(signature: NewSignature, idempotency?: Idempotency): Promise<SignOutcome>;
  /**
   * Keeps a signature waiting for its mailbox owner's confirmation, and says whether its e-mail hash already
   * signed this petition. It is kept either way (the same work, so timing tells nothing); the caller mails a link
   * only for `pending`. Several may wait for one address (each mail has its own link). Counts nothing.
   */
  addPending(pending: PendingSignature): Promise<'pending' | 'already-signed'>;
  /** The waiting signature whose link token hashes to `tokenHash`, unless it expired before `now`. */
  findPending(petitionId: string, tokenHash: string, now: Date): Promise<PendingSignature | undefined>;
  /**
   * Calls `listener` with a petition's new count after each committed change: this process's own signatures, and
   * with a store that several instances share, every instance's (and deletions made by hand).
   */
  onCountChange(listener: (petitionId: string, count: number) => void): void;
  /** A petition's confirmed signatures, oldest first, for delivery (the data tools' export). */
  signaturesOf(petitionId: string): Promise<StoredSignature[]>;
  /** The signature of one e-mail hash, to answer its owner's request to see their data. */
  findSignature(petitionId: string, emailHash: string): Promise<StoredSignature | undefined>;
  /**
   * Erases one e-mail hash's signature and waiting signatures from a petition, in one transaction; the counter
   * trigger keeps the count exact. Resolves with how many signatures went (0 or 1) and the count after.
   */
  erase(petitionId: string, emailHash: string): Promise<{ erased: number; count: number }>;
  /**
   * Forgets who signed a petition, keeping its count: every signature's name, address and opt-in are blanked and
   * its e-mail hash replaced by one that matches no address (so nobody can be re-identified, or de-duplicated).
   * Resolves with how many signatures it changed.
   */
  anonymise(petitionId: string): Promise<number>;
  /**
   * Signatures counted per partner origin and day, oldest day first: a tally that each new signature moves in its
   * own transaction, kept apart from the signatures (no id, no hash), so nothing in it leads to a signer. Erasure and
   * anonymisation leave it as it is.
   */
  originCounts(petitionId: string): Promise<OriginCount[]>;
  /** Forgets idempotency keys created before `cutoff`, expired waiting signatures, and spent rate-limit windows. */
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
  /** YYYY-MM-DD (UTC): the day is all the consent record needs. */
  consentDay: string;
  /** The version of the consent wording the signer agreed to (see `consent.ts`); null only when confirming a signature that waited since before versions were recorded. */
  consentVersion: string | null;
  /** The partner page the signature came from, or `''`: counted in {@link OriginCount}s, never stored with the signature. */
  origin: string;
}

/** How many signatures one origin brought on one day (`origin` `''`: none that the server knows). */
export interface OriginCount {
  day: string;
  origin: string;
  count: number;
}

/**
 * A signature waiting for confirmation. It holds no address in the clear: only its keyed hash, and (when the
 * signer asked for news) the address sealed with a key derived from the link's token, which only the mail holds.
 */
export interface PendingSignature {
  petitionId: string;
  /** SHA-256 of the link's token: the database alone cannot confirm anything. */
  tokenHash: string;
  emailHash: string;
  /** The address encrypted under the link's token; null without contact opt-in. */
  sealedEmail: string | null;
  name: string;
  country: string | null;
  /** What the signer asked for; stored as consent only once confirmed. */
  contactOptIn: boolean;
  /** The consent wording's version, stored with the signature once confirmed; null in rows from before versions. */
  consentVersion: string | null;
  /** The partner page's origin, or `''`: counted once confirmed, then forgotten with this row. */
  origin: string;
  expiresAt: Date;
}

/** A confirmed signature as stored. */
export interface StoredSignature {
  name: string;
  country: string | null;
  /** Only when the signer agreed to be contacted. */
  email: string | null;
  contactOptIn: boolean;
  consentDay: string;
  /** Null for signatures made before versions were recorded. */
  consentVersion: string | null;
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
