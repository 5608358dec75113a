// The SQLite store's writer, in a worker thread: better-sqlite3 waits synchronously for a lock, and here that
// wait stalls nothing but the writes queued behind it. Messages: see `WriterRequest` in sqlite-store.ts.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { WriterReply, WriterRequest } from './sqlite-store.js';
import type { Idempotency, NewSignature, PendingSignature, SignOutcome } from './store.js';

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
    consent_version TEXT,
    UNIQUE (petition_id, email_hash),
    -- An address without permission to contact its owner must never be kept.
    CHECK (contact_opt_in = 1 OR email IS NULL)
  );
  CREATE TABLE IF NOT EXISTS idempotency_keys (
    petition_id  TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    result       TEXT    NOT NULL,
    count        INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    request_hash TEXT,
    PRIMARY KEY (petition_id, key)
  );
  CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON idempotency_keys (created_at);
  -- Signatures waiting for their mailbox owner: never counted, forgotten when they expire.
  CREATE TABLE IF NOT EXISTS pending_signatures (
    token_hash     TEXT    PRIMARY KEY,
    petition_id    TEXT    NOT NULL,
    email_hash     TEXT    NOT NULL,
    sealed_email   TEXT,
    name           TEXT    NOT NULL,
    country        TEXT,
    contact_opt_in INTEGER NOT NULL,
    consent_version TEXT,
    origin         TEXT    NOT NULL DEFAULT '',
    expires_at     INTEGER NOT NULL,
    CHECK (contact_opt_in = 1 OR sealed_email IS NULL)
  );
  CREATE INDEX IF NOT EXISTS pending_signatures_by_signer ON pending_signatures (petition_id, email_hash);
  CREATE INDEX IF NOT EXISTS pending_signatures_by_expiry ON pending_signatures (expires_at);
  -- Signatures per partner origin and day, for the campaign's report: no signature id, nothing that leads to a signer.
  CREATE TABLE IF NOT EXISTS origin_counts (
    petition_id TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    day         TEXT    NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (petition_id, origin, day)
  );
`;

// Triggers keep the count exact whoever inserts or deletes a row (an erasure request handled by hand, say).
const COUNTS = `
  CREATE TABLE petition_counts (petition_id TEXT PRIMARY KEY, count INTEGER NOT NULL);
  INSERT INTO petition_counts SELECT petition_id, count(*) FROM signatures GROUP BY petition_id;
  CREATE TRIGGER signature_counted AFTER INSERT ON signatures BEGIN
    INSERT INTO petition_counts VALUES (NEW.petition_id, 1)
      ON CONFLICT (petition_id) DO UPDATE SET count = count + 1;
  END;
  CREATE TRIGGER signature_uncounted AFTER DELETE ON signatures BEGIN
    UPDATE petition_counts SET count = count - 1 WHERE petition_id = OLD.petition_id;
  END;
`;

const { path, lockTimeoutMs } = workerData as { path: string; lockTimeoutMs: number };
const db = new Database(path);
db.pragma('journal_mode = WAL');
// FULL syncs the WAL on every commit: an acknowledged signature survives a power cut, not only a crash.
db.pragma('synchronous = FULL');
db.pragma(`busy_timeout = ${lockTimeoutMs}`);
db.transaction(() => {
  db.exec(SCHEMA);
  // Databases from before the counter row, the request hash, consent versions and origins.
  const hasTable = (name: string) => db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name) !== undefined;
  if (!hasTable('petition_counts')) db.exec(COUNTS);
  const addColumn = (table: string, column: string, definition: string) => {
    const columns = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table);
    if (!columns.some(({ name }) => name === column))
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
  };
  addColumn('idempotency_keys', 'request_hash', 'TEXT');
  addColumn('signatures', 'consent_version', 'TEXT');
  addColumn('pending_signatures', 'consent_version', 'TEXT');
  addColumn('pending_signatures', 'origin', "TEXT NOT NULL DEFAULT ''");
}).immediate();

const insertSignature = db.prepare(
  `INSERT INTO signatures (petition_id, email_hash, email, name, country, contact_opt_in, consent_day, consent_version)
   VALUES (@petitionId, @emailHash, @email, @name, @country, @contactOptIn, @consentDay, @consentVersion)
   ON CONFLICT (petition_id, email_hash) DO NOTHING`,
);
const countOrigin = db.prepare(
  `INSERT INTO origin_counts (petition_id, origin, day, count) VALUES (@petitionId, @origin, @consentDay, 1)
   ON CONFLICT (petition_id, origin, day) DO UPDATE SET count = count + 1`,
);
const countOf = db.prepare<[string], { count: number }>('SELECT count FROM petition_counts WHERE petition_id = ?');
const findAnswer = db.prepare<
  [string, string],
  Pick<SignOutcome, 'result' | 'count'> & { request_hash: string | null }
>('SELECT result, count, request_hash FROM idempotency_keys WHERE petition_id = ? AND key = ?');
const keepAnswer = db.prepare(
  'INSERT INTO idempotency_keys (petition_id, key, result, count, created_at, request_hash) VALUES (?, ?, ?, ?, ?, ?)',
);
const deleteKeysBefore = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
const deletePendingBefore = db.prepare('DELETE FROM pending_signatures WHERE expires_at < ?');
const forgetPending = db.prepare('DELETE FROM pending_signatures WHERE petition_id = ? AND email_hash = ?');
const hasSigned = db.prepare('SELECT 1 FROM signatures WHERE petition_id = ? AND email_hash = ?');
const insertPending = db.prepare(
  `INSERT INTO pending_signatures (token_hash, petition_id, email_hash, sealed_email, name, country, contact_opt_in, consent_version, origin, expires_at)
   VALUES (@tokenHash, @petitionId, @emailHash, @sealedEmail, @name, @country, @contactOptIn, @consentVersion, @origin, @expiresAt)`,
);

// Written whether or not the address signed: the same work either way, so timing tells an observer nothing.
const addPending = db.transaction((pending: PendingSignature): 'pending' | 'already-signed' => {
  insertPending.run({ ...pending, contactOptIn: pending.contactOptIn ? 1 : 0, expiresAt: pending.expiresAt.getTime() });
  return hasSigned.get(pending.petitionId, pending.emailHash) ? 'already-signed' : 'pending';
});

const sign = db.transaction((signature: NewSignature, idempotency: Idempotency | undefined): SignOutcome | 'reused' => {
  const previous = idempotency && findAnswer.get(signature.petitionId, idempotency.key);
  if (previous) {
    // Keys kept before requests were hashed replay as they always did.
    if (previous.request_hash !== null && previous.request_hash !== idempotency.requestHash) return 'reused';
    return { result: previous.result, count: previous.count, replayed: true };
  }
  const { changes } = insertSignature.run({ ...signature, contactOptIn: signature.contactOptIn ? 1 : 0 });
  if (changes === 1) countOrigin.run(signature);
  forgetPending.run(signature.petitionId, signature.emailHash);
  const outcome: SignOutcome = {
    result: changes === 1 ? 'signed' : 'already-signed',
    count: countOf.get(signature.petitionId)?.count ?? 0,
    replayed: false,
  };
  if (idempotency) {
    keepAnswer.run(
      signature.petitionId,
      idempotency.key,
      outcome.result,
      outcome.count,
      Date.now(),
      idempotency.requestHash,
    );
  }
  return outcome;
});

const eraseSignature = db.prepare('DELETE FROM signatures WHERE petition_id = ? AND email_hash = ?');
const erase = db.transaction((petitionId: string, emailHash: string) => {
  const { changes } = eraseSignature.run(petitionId, emailHash);
  forgetPending.run(petitionId, emailHash);
  return { erased: changes, count: countOf.get(petitionId)?.count ?? 0 };
});

const anonymise = db.prepare(
  `UPDATE signatures SET name = '', email = NULL, contact_opt_in = 0, email_hash = 'anonymous:' || id
   WHERE petition_id = ? AND email_hash NOT LIKE 'anonymous:%'`,
);

function handle(request: WriterRequest): WriterReply {
  try {
    if (request.op === 'anonymise') return { id: request.id, changed: anonymise.run(request.petitionId).changes };
    if (request.op === 'erase')
      return { id: request.id, erased: erase.immediate(request.petitionId, request.emailHash) };
    if (request.op === 'sign') {
      const outcome = sign.immediate(request.signature, request.idempotency);
      return outcome === 'reused' ? { id: request.id, failure: 'reused' } : { id: request.id, outcome };
    }
    if (request.op === 'pending') return { id: request.id, pending: addPending.immediate(request.pending) };
    deleteKeysBefore.run(request.cutoff);
    deletePendingBefore.run(Date.now());
    return { id: request.id };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return { id: request.id, failure: code.startsWith('SQLITE_BUSY') ? 'busy' : 'error', message: String(error) };
  }
}

parentPort!.on('message', (request: WriterRequest | 'close') => {
  if (request === 'close') {
    db.close();
    parentPort!.close();
  } else {
    parentPort!.postMessage(handle(request));
  }
});
parentPort!.postMessage('ready');
