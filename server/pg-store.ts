import pg from 'pg';
import {
  IdempotencyKeyReused,
  StorageUnavailable,
  type Idempotency,
  type NewSignature,
  type OriginCount,
  type PendingSignature,
  type SignatureStore,
  type StoredSignature,
  type SignOutcome,
} from './store.js';

/** How long a signature waits for a row another transaction holds before it is answered 503 with Retry-After. */
const LOCK_TIMEOUT_MS = 2000;
/**
 * How long a request waits for a connection. pg's timeout also bounds the wait for a free connection of the pool, so a
 * burst of signatures queued behind a busy database must not fail with it; a database that is down refuses at once.
 */
const CONNECT_TIMEOUT_MS = 10_000;
const CHANNEL = 'petition_counts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS signatures (
    id             bigserial PRIMARY KEY,
    petition_id    text    NOT NULL,
    email_hash     text    NOT NULL,
    email          text,
    name           text    NOT NULL,
    country        text,
    contact_opt_in boolean NOT NULL,
    consent_day    date    NOT NULL,
    consent_version text,
    UNIQUE (petition_id, email_hash),
    -- An address without permission to contact its owner must never be kept.
    CHECK (contact_opt_in OR email IS NULL)
  );
  CREATE TABLE IF NOT EXISTS idempotency_keys (
    petition_id  text        NOT NULL,
    key          text        NOT NULL,
    result       text        NOT NULL,
    count        bigint      NOT NULL,
    request_hash text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (petition_id, key)
  );
  CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON idempotency_keys (created_at);
  CREATE TABLE IF NOT EXISTS petition_counts (petition_id text PRIMARY KEY, count bigint NOT NULL);
  -- Signatures waiting for their mailbox owner: never counted, forgotten when they expire.
  CREATE TABLE IF NOT EXISTS pending_signatures (
    token_hash     text        PRIMARY KEY,
    petition_id    text        NOT NULL,
    email_hash     text        NOT NULL,
    sealed_email   text,
    name           text        NOT NULL,
    country        text,
    contact_opt_in boolean     NOT NULL,
    consent_version text,
    origin         text        NOT NULL DEFAULT '',
    expires_at     timestamptz NOT NULL,
    CHECK (contact_opt_in OR sealed_email IS NULL)
  );
  CREATE INDEX IF NOT EXISTS pending_signatures_by_signer ON pending_signatures (petition_id, email_hash);
  CREATE INDEX IF NOT EXISTS pending_signatures_by_expiry ON pending_signatures (expires_at);
  -- Databases from before consent versions and origins.
  ALTER TABLE signatures ADD COLUMN IF NOT EXISTS consent_version text;
  ALTER TABLE pending_signatures ADD COLUMN IF NOT EXISTS consent_version text;
  ALTER TABLE pending_signatures ADD COLUMN IF NOT EXISTS origin text NOT NULL DEFAULT '';
  -- Signatures per partner origin and day, for the campaign's report: no signature id, nothing that leads to a signer.
  CREATE TABLE IF NOT EXISTS origin_counts (
    petition_id text   NOT NULL,
    origin      text   NOT NULL,
    day         date   NOT NULL,
    count       bigint NOT NULL,
    PRIMARY KEY (petition_id, origin, day)
  );
  -- Rate limits shared by every instance: keyed hashes of client addresses, an hour at most; not worth an fsync.
  CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (key text PRIMARY KEY, window_start bigint NOT NULL, hits integer NOT NULL);

  -- Every insert and delete moves the counter in its own transaction, and tells every instance after commit
  -- (NOTIFY is transactional), whoever made the change: a signature on another instance, an erasure by hand.
  CREATE OR REPLACE FUNCTION count_signature() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    petition text := CASE WHEN TG_OP = 'INSERT' THEN NEW.petition_id ELSE OLD.petition_id END;
    total bigint;
  BEGIN
    INSERT INTO petition_counts VALUES (petition, CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE 0 END)
      ON CONFLICT (petition_id) DO UPDATE
      SET count = petition_counts.count + CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END
      RETURNING count INTO total;
    PERFORM pg_notify('${CHANNEL}', json_build_object('petitionId', petition, 'count', total)::text);
    RETURN NULL;
  END $$;
  CREATE OR REPLACE TRIGGER signature_counted AFTER INSERT OR DELETE ON signatures
    FOR EACH ROW EXECUTE FUNCTION count_signature();
`;

const SELECT_SIGNATURES = `SELECT name, country, email, contact_opt_in AS "contactOptIn", to_char(consent_day, 'YYYY-MM-DD') AS "consentDay",
  consent_version AS "consentVersion" FROM signatures`;

// pg returns bigint as text; counts fit a double comfortably.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);

/** Opens the store on `DATABASE_URL=postgres://…`, creating the tables on first start (one instance at a time). */
export async function openPgStore(connectionString: string): Promise<PgStore> {
  const store = new PgStore(connectionString);
  try {
    await store.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(8151)');
      await client.query(SCHEMA);
    });
    await store.listen();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function pool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: `-c lock_timeout=${LOCK_TIMEOUT_MS}`,
  });
  // A connection that breaks while idle (the database restarted) is dropped; the next query opens another.
  pool.on('error', () => {});
  return pool;
}

export class PgStore implements SignatureStore {
  private readonly listeners: ((petitionId: string, count: number) => void)[] = [];
  /** Signatures may wait for locks; counts get connections of their own, so they never wait behind them. */
  private readonly writes: pg.Pool;
  private readonly reads: pg.Pool;
  private listener?: pg.Client;
  private closed = false;

  constructor(private readonly connectionString: string) {
    this.writes = pool(connectionString, 10);
    this.reads = pool(connectionString, 5);
  }

  async count(petitionId: string): Promise<number> {
    const { rows } = await this.query<{ count: number }>(
      'SELECT count FROM petition_counts WHERE petition_id = $1',
      [petitionId],
      this.reads,
    );
    return rows[0]?.count ?? 0;
  }

  async sign(signature: NewSignature, idempotency?: Idempotency): Promise<SignOutcome> {
    return this.transaction(async (client) => {
      if (idempotency) {
        // Two instances may get the same retry at once: the second waits here, then finds the first's answer.
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1 || $2, 0))', [
          signature.petitionId,
          idempotency.key,
        ]);
        const { rows } = await client.query<{ result: SignOutcome['result']; count: number; request_hash: string }>(
          'SELECT result, count, request_hash FROM idempotency_keys WHERE petition_id = $1 AND key = $2',
          [signature.petitionId, idempotency.key],
        );
        const previous = rows[0];
        if (previous && previous.request_hash !== idempotency.requestHash) throw new IdempotencyKeyReused();
        if (previous) return { result: previous.result, count: previous.count, replayed: true };
      }
      // One round trip: the insert, its origin's tally, and forgetting the signer's confirmations still waiting (they are spent).
      const {
        rows: [{ inserted }],
      } = await client.query<{ inserted: number }>(
        `WITH inserted AS (
           INSERT INTO signatures (petition_id, email_hash, email, name, country, contact_opt_in, consent_day, consent_version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (petition_id, email_hash) DO NOTHING RETURNING 1),
         counted AS (
           INSERT INTO origin_counts (petition_id, origin, day, count) SELECT $1, $9, $7, 1 FROM inserted
           ON CONFLICT (petition_id, origin, day) DO UPDATE SET count = origin_counts.count + 1),
         forgotten AS (DELETE FROM pending_signatures WHERE petition_id = $1 AND email_hash = $2)
         SELECT count(*)::integer AS inserted FROM inserted`,
        [
          signature.petitionId,
          signature.emailHash,
          signature.email,
          signature.name,
          signature.country,
          signature.contactOptIn,
          signature.consentDay,
          signature.consentVersion,
          signature.origin,
        ],
      );
      // After an insert this transaction holds the counter row, so this is its own count.
      const { rows } = await client.query<{ count: number }>(
        'SELECT count FROM petition_counts WHERE petition_id = $1',
        [signature.petitionId],
      );
      const outcome: SignOutcome = {
        result: inserted === 1 ? 'signed' : 'already-signed',
        count: rows[0]?.count ?? 0,
        replayed: false,
      };
      if (idempotency) {
        await client.query(
          'INSERT INTO idempotency_keys (petition_id, key, result, count, request_hash) VALUES ($1, $2, $3, $4, $5)',
          [signature.petitionId, idempotency.key, outcome.result, outcome.count, idempotency.requestHash],
        );
      }
      return outcome;
    });
  }

  async addPending(pending: PendingSignature): Promise<'pending' | 'already-signed'> {
    // Written whether or not the address signed: the same work either way, so timing tells an observer nothing.
    const { rows } = await this.query<{ signed: boolean }>(
      `WITH kept AS (
         INSERT INTO pending_signatures (token_hash, petition_id, email_hash, sealed_email, name, country, contact_opt_in, consent_version, origin, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10))
       SELECT EXISTS (SELECT 1 FROM signatures WHERE petition_id = $2 AND email_hash = $3) AS signed`,
      [
        pending.tokenHash,
        pending.petitionId,
        pending.emailHash,
        pending.sealedEmail,
        pending.name,
        pending.country,
        pending.contactOptIn,
        pending.consentVersion,
        pending.origin,
        pending.expiresAt,
      ],
    );
    return rows[0]!.signed ? 'already-signed' : 'pending';
  }

  async findPending(petitionId: string, tokenHash: string, now: Date): Promise<PendingSignature | undefined> {
    const { rows } = await this.query<PendingSignature>(
      `SELECT petition_id AS "petitionId", token_hash AS "tokenHash", email_hash AS "emailHash", sealed_email AS "sealedEmail",
              name, country, contact_opt_in AS "contactOptIn", consent_version AS "consentVersion", origin, expires_at AS "expiresAt"
       FROM pending_signatures WHERE petition_id = $1 AND token_hash = $2 AND expires_at >= $3`,
      [petitionId, tokenHash, now],
      this.reads,
    );
    return rows[0];
  }

  async signaturesOf(petitionId: string): Promise<StoredSignature[]> {
    const { rows } = await this.query<StoredSignature>(
      `${SELECT_SIGNATURES} WHERE petition_id = $1 ORDER BY id`,
      [petitionId],
      this.reads,
    );
    return rows;
  }

  async findSignature(petitionId: string, emailHash: string): Promise<StoredSignature | undefined> {
    const { rows } = await this.query<StoredSignature>(
      `${SELECT_SIGNATURES} WHERE petition_id = $1 AND email_hash = $2`,
      [petitionId, emailHash],
      this.reads,
    );
    return rows[0];
  }

  async erase(petitionId: string, emailHash: string): Promise<{ erased: number; count: number }> {
    return this.transaction(async (client) => {
      const { rowCount } = await client.query('DELETE FROM signatures WHERE petition_id = $1 AND email_hash = $2', [
        petitionId,
        emailHash,
      ]);
      await client.query('DELETE FROM pending_signatures WHERE petition_id = $1 AND email_hash = $2', [
        petitionId,
        emailHash,
      ]);
      const { rows } = await client.query<{ count: number }>(
        'SELECT count FROM petition_counts WHERE petition_id = $1',
        [petitionId],
      );
      return { erased: rowCount ?? 0, count: rows[0]?.count ?? 0 };
    });
  }

  async anonymise(petitionId: string): Promise<number> {
    const { rowCount } = await this.query(
      `UPDATE signatures SET name = '', email = NULL, contact_opt_in = false, email_hash = 'anonymous:' || id
       WHERE petition_id = $1 AND email_hash NOT LIKE 'anonymous:%'`,
      [petitionId],
    );
    return rowCount ?? 0;
  }

  async originCounts(petitionId: string): Promise<OriginCount[]> {
    const { rows } = await this.query<OriginCount>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, origin, count FROM origin_counts WHERE petition_id = $1 ORDER BY day, origin`,
      [petitionId],
      this.reads,
    );
    return rows;
  }

  onCountChange(listener: (petitionId: string, count: number) => void): void {
    this.listeners.push(listener);
  }

  async prune(cutoff: Date): Promise<void> {
    await this.query('DELETE FROM idempotency_keys WHERE created_at < $1', [cutoff]);
    await this.query('DELETE FROM pending_signatures WHERE expires_at < now()');
    // Rate-limit windows last a minute: rows older than that are spent.
    await this.query(
      "DELETE FROM rate_limits WHERE window_start < (extract(epoch FROM clock_timestamp() - interval '1 minute') * 1000)::bigint",
    );
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1', [], this.reads);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => {});
    await Promise.all([this.writes.end(), this.reads.end()]);
  }

  /**
   * Hears every instance's count changes on a connection of its own. When it breaks (the database restarted),
   * it connects again until it succeeds; a change made meanwhile reaches streams with the next one.
   */
  async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    const retry = () => {
      if (this.listener !== client || this.closed) return;
      this.listener = undefined;
      client.end().catch(() => {});
      setTimeout(() => void this.listen().catch(() => {}), 1000).unref();
    };
    this.listener = client;
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', ({ payload }) => {
      const { petitionId, count } = JSON.parse(payload ?? '{}') as { petitionId: string; count: number };
      for (const listener of this.listeners) listener(petitionId, count);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      retry();
      throw unavailable(error);
    }
  }

  /**
   * A store for @fastify/rate-limit that every instance shares: a fixed one-minute window per keyed client
   * address, counted by one upsert on the database's clock.
   */
  rateLimitStore() {
    const query = this.query.bind(this);
    return class SharedRateLimit {
      incr(
        key: string,
        callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
        timeWindow: number,
      ): void {
        query<{ hits: number; ttl: number }>(
          `WITH now AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms)
             INSERT INTO rate_limits AS r (key, window_start, hits) SELECT $1, ms, 1 FROM now
             ON CONFLICT (key) DO UPDATE SET
               hits = CASE WHEN r.window_start + $2 <= (SELECT ms FROM now) THEN 1 ELSE r.hits + 1 END,
               window_start = CASE WHEN r.window_start + $2 <= (SELECT ms FROM now) THEN (SELECT ms FROM now) ELSE r.window_start END
             RETURNING hits, (window_start + $2 - (SELECT ms FROM now))::integer AS ttl`,
          [key, timeWindow],
        ).then(({ rows: [row] }) => callback(null, { current: row!.hits, ttl: row!.ttl }), callback);
      }

      child() {
        return new SharedRateLimit();
      }
    };
  }

  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.writes.connect().catch((error: unknown) => Promise.reject(unavailable(error)));
    // A connection that breaks mid-transaction also emits 'error'; the failing query reports it already.
    const ignore = () => {};
    client.on('error', ignore);
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      const answer = unavailable(error);
      broken = answer instanceof StorageUnavailable;
      await client.query('ROLLBACK').catch(() => {});
      throw answer;
    } finally {
      client.off('error', ignore);
      // A connection that failed may be broken: the pool opens a fresh one instead.
      client.release(broken);
    }
  }

  async query<Row extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
    via = this.writes,
  ): Promise<pg.QueryResult<Row>> {
    try {
      return await via.query<Row>(text, values);
    } catch (error) {
      throw unavailable(error);
    }
  }
}

/**
 * Errors that mean "try again later" become {@link StorageUnavailable} (a 503): no connection, the server
 * shutting down or out of resources (SQLSTATE classes 08, 53, 57), a lock not granted in time (55P03). Anything
 * else is a bug and stays itself.
 */
function unavailable(error: unknown): unknown {
  if (error instanceof IdempotencyKeyReused || error instanceof StorageUnavailable) return error;
  const sqlState = error instanceof pg.DatabaseError ? error.code : undefined;
  if (sqlState && !/^(08|53|57)/.test(sqlState) && sqlState !== '55P03') return error;
  return new StorageUnavailable(`PostgreSQL is unavailable: ${String(error)}`, sqlState === '55P03' ? 2 : 5);
}
