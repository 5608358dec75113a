import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { NewSignature, SignatureStore, SignOutcome } from './store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS signatures (
    id             INTEGER PRIMARY KEY,
    petition_id    TEXT    NOT NULL,
    email_hash     TEXT    NOT NULL,
    email          TEXT,
    name           TEXT    NOT NULL,
    country        TEXT,
    contact_opt_in INTEGER NOT NULL,
    consent_day    TEXT    NOT NULL,
    UNIQUE (petition_id, email_hash),
    -- An address without permission to contact its owner must never be kept.
    CHECK (contact_opt_in = 1 OR email IS NULL)
  );
  CREATE TABLE IF NOT EXISTS idempotency_keys (
    petition_id TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    result      TEXT    NOT NULL,
    count       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (petition_id, key)
  );
  CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON idempotency_keys (created_at);
`;

/** Opens (and on first start creates) the SQLite database behind the signature store. */
export function openSqliteStore(path: string): SignatureStore {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const isNew = !existsSync(path);
  const db = new Database(path);
  // It may hold e-mail addresses; SQLite gives its -wal and -shm files the same permissions.
  if (isNew) chmodSync(path, 0o600);
  db.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit: an acknowledged signature survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return new SqliteStore(db);
}

class SqliteStore implements SignatureStore {
  private readonly counts = new Map<string, number>();
  private readonly countRows;
  private readonly insertSignature;
  private readonly findAnswer;
  private readonly keepAnswer;
  private readonly deleteKeysBefore;
  private readonly signAtomically;

  constructor(private readonly db: Database.Database) {
    this.countRows = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM signatures WHERE petition_id = ?');
    this.insertSignature = db.prepare(
      `INSERT INTO signatures (petition_id, email_hash, email, name, country, contact_opt_in, consent_day)
       VALUES (@petitionId, @emailHash, @email, @name, @country, @contactOptIn, @consentDay)
       ON CONFLICT (petition_id, email_hash) DO NOTHING`,
    );
    this.findAnswer = db.prepare<[string, string], Pick<SignOutcome, 'result' | 'count'>>(
      'SELECT result, count FROM idempotency_keys WHERE petition_id = ? AND key = ?',
    );
    this.keepAnswer = db.prepare(
      'INSERT INTO idempotency_keys (petition_id, key, result, count, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.deleteKeysBefore = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
    this.signAtomically = db.transaction((signature: NewSignature, key: string | undefined) => {
      const previous = key === undefined ? undefined : this.findAnswer.get(signature.petitionId, key);
      if (previous) return { ...previous, replayed: true };
      // Read before inserting, so a count loaded now does not already include the new row.
      const countBefore = this.cachedCount(signature.petitionId);
      const { changes } = this.insertSignature.run({ ...signature, contactOptIn: signature.contactOptIn ? 1 : 0 });
      const outcome: SignOutcome = { result: changes === 1 ? 'signed' : 'already-signed', count: countBefore + changes, replayed: false };
      if (key !== undefined) this.keepAnswer.run(signature.petitionId, key, outcome.result, outcome.count, Date.now());
      return outcome;
    });
  }

  async count(petitionId: string): Promise<number> {
    return this.cachedCount(petitionId);
  }

  async sign(signature: NewSignature, idempotencyKey?: string): Promise<SignOutcome> {
    const outcome: SignOutcome = this.signAtomically(signature, idempotencyKey);
    // The transaction has committed: only now may the count move, so it never runs ahead of the rows.
    if (outcome.result === 'signed' && !outcome.replayed) this.counts.set(signature.petitionId, outcome.count);
    return outcome;
  }

  async pruneIdempotencyKeys(cutoff: Date): Promise<void> {
    this.deleteKeysBefore.run(cutoff.getTime());
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private cachedCount(petitionId: string): number {
    let count = this.counts.get(petitionId);
    if (count === undefined) {
      count = this.countRows.get(petitionId)?.n ?? 0;
      this.counts.set(petitionId, count);
    }
    return count;
  }
}
