// One suite for every SignatureStore: SQLite and PostgreSQL must keep the same promises.
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { openPgStore } from '../../server/pg-store.js';
import { openSqliteStore } from '../../server/sqlite-store.js';
import {
  IdempotencyKeyReused,
  StorageUnavailable,
  type NewSignature,
  type PendingSignature,
  type SignatureStore,
} from '../../server/store.js';
import { createTestDatabase, postgresSkipReason, relayTo } from './postgres.js';

interface Harness {
  open(): Promise<SignatureStore>;
  /** Runs SQL on the database directly, as an operator would (an erasure request, a long transaction). */
  sql(statement: string): Promise<void>;
  /** Holds the write lock (or the counter rows) until the returned function is called. */
  holdWriteLock(): Promise<() => Promise<void>>;
  /** Takes the storage away (SQLite: the file moves; PostgreSQL: the network to it breaks), and brings it back. */
  takeAway(): Promise<void>;
  bringBack(): Promise<void>;
  cleanup(): Promise<void>;
}

let signer = 0;
const newSignature = (petitionId: string, fields: Partial<NewSignature> = {}): NewSignature => ({
  petitionId,
  name: 'Ayşe',
  emailHash: `hash-${process.pid}-${signer++}`,
  email: null,
  country: null,
  contactOptIn: false,
  consentDay: '2026-11-30',
  consentVersion: '0123456789abcdef',
  origin: '',
  ...fields,
});

const newPending = (signature: NewSignature, expiresAt = new Date(Date.now() + 3600_000)): PendingSignature => ({
  petitionId: signature.petitionId,
  tokenHash: `token-${process.pid}-${signer++}`,
  emailHash: signature.emailHash,
  sealedEmail: null,
  name: signature.name,
  country: 'FR',
  contactOptIn: false,
  consentVersion: signature.consentVersion,
  origin: signature.origin,
  expiresAt,
});

function sqliteHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-store-'));
  const path = join(dir, 'campaign.db');
  const direct = () => new Database(path);
  return {
    open: () => openSqliteStore(path),
    async sql(statement) {
      const db = direct();
      db.exec(statement);
      db.close();
    },
    async holdWriteLock() {
      const db = direct();
      db.exec('BEGIN IMMEDIATE');
      return async () => {
        db.exec('ROLLBACK');
        db.close();
      };
    },
    async takeAway() {
      renameSync(path, `${path}.moved`);
    },
    async bringBack() {
      renameSync(`${path}.moved`, path);
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresHarness(): Promise<Harness> {
  const database = await createTestDatabase();
  const relay = await relayTo(new URL(database.url));
  const direct = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return client;
  };
  return {
    open: () => openPgStore(relay.url),
    async sql(statement) {
      const client = await direct();
      await client.query(statement);
      await client.end();
    },
    async holdWriteLock() {
      const client = await direct();
      await client.query('BEGIN');
      await client.query('LOCK TABLE petition_counts IN EXCLUSIVE MODE');
      return async () => {
        await client.query('ROLLBACK');
        await client.end();
      };
    },
    takeAway: () => relay.cut(),
    bringBack: () => relay.mend(),
    async cleanup() {
      await relay.close();
      await database.drop();
    },
  };
}

/** Polls until `condition` holds; generous, so a busy machine passes. */
async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

function storeSuite(name: string, makeHarness: () => Promise<Harness>, skip: () => Promise<string | undefined>) {
  describe(`${name} store`, { timeout: 60_000 }, async () => {
    const skipReason = await skip();
    let harness: Harness;
    let store: SignatureStore;
    before(async () => {
      if (skipReason) return;
      harness = await makeHarness();
      store = await harness.open();
    });
    after(async () => {
      if (skipReason) return;
      await store.close();
      await harness.cleanup();
    });
    const test = (promise: string, body: () => Promise<void>) => it(promise, { skip: skipReason }, body);

    test('counts 0 for a petition nobody signed', async () => {
      assert.equal(await store.count('nobody-signed'), 0);
    });

    test('counts one signature per e-mail hash, answering the count after it', async () => {
      const first = newSignature('once-each');
      assert.deepEqual(await store.sign(first), { result: 'signed', count: 1, replayed: false });
      assert.deepEqual(await store.sign({ ...first, name: 'Again' }), {
        result: 'already-signed',
        count: 1,
        replayed: false,
      });
      assert.deepEqual(await store.sign(newSignature('once-each')), { result: 'signed', count: 2, replayed: false });
      assert.equal(await store.count('once-each'), 2);
    });

    test('replays the outcome an idempotency key first got, and refuses the key for another request', async () => {
      const idempotency = { key: 'retry-1', requestHash: 'request-a' };
      const first = await store.sign(newSignature('idempotent'), idempotency);
      await store.sign(newSignature('idempotent'));
      assert.deepEqual(await store.sign(newSignature('idempotent'), idempotency), { ...first, replayed: true });
      await assert.rejects(
        store.sign(newSignature('idempotent'), { key: 'retry-1', requestHash: 'request-b' }),
        IdempotencyKeyReused,
      );
      assert.equal(await store.count('idempotent'), 2);
    });

    test('keeps a pending signature uncounted, finds it by its token hash, and forgets it once signed', async () => {
      const signed = newSignature('pending');
      await store.sign(signed);
      const fresh = newSignature('pending');
      const pending = newPending(fresh);
      assert.equal(await store.addPending(pending), 'pending');
      assert.equal(await store.addPending(newPending(signed)), 'already-signed');
      assert.equal(await store.count('pending'), 1);
      assert.deepEqual(await store.findPending('pending', pending.tokenHash, new Date()), pending);
      assert.equal(await store.findPending('other-petition', pending.tokenHash, new Date()), undefined);
      await store.sign(fresh);
      assert.equal(await store.count('pending'), 2);
      assert.equal(await store.findPending('pending', pending.tokenHash, new Date()), undefined);
    });

    test('finds no pending signature after it expired, and prunes it', async () => {
      const pending = newPending(newSignature('expiring'), new Date(Date.now() - 1000));
      await store.addPending(pending);
      assert.equal(await store.findPending('expiring', pending.tokenHash, new Date()), undefined);
      assert.ok(await store.findPending('expiring', pending.tokenHash, new Date(Date.now() - 60_000)));
      await store.prune(new Date(0));
      assert.equal(await store.findPending('expiring', pending.tokenHash, new Date(Date.now() - 60_000)), undefined);
    });

    test('lists, finds and erases signatures for the data tools, keeping the count exact', async () => {
      const quiet = newSignature('tools', { name: 'Quiet', country: 'DE' });
      const news = newSignature('tools', { name: 'News', email: 'news@example.org', contactOptIn: true });
      await store.sign(quiet);
      await store.sign(news);
      await store.addPending(newPending(quiet));
      assert.deepEqual(await store.signaturesOf('tools'), [
        {
          name: 'Quiet',
          country: 'DE',
          email: null,
          contactOptIn: false,
          consentDay: '2026-11-30',
          consentVersion: '0123456789abcdef',
        },
        {
          name: 'News',
          country: null,
          email: 'news@example.org',
          contactOptIn: true,
          consentDay: '2026-11-30',
          consentVersion: '0123456789abcdef',
        },
      ]);
      assert.equal((await store.findSignature('tools', news.emailHash))?.name, 'News');
      assert.equal(await store.findSignature('other', news.emailHash), undefined);
      assert.deepEqual(await store.erase('tools', quiet.emailHash), { erased: 1, count: 1 });
      assert.deepEqual(await store.erase('tools', quiet.emailHash), { erased: 0, count: 1 });
      assert.equal(await store.count('tools'), 1);
      assert.equal(await store.findSignature('tools', quiet.emailHash), undefined);
      assert.equal((await store.sign(newSignature('tools'))).count, 2);
    });

    test('anonymises a petition’s signatures, keeping its count and no way back to a signer', async () => {
      const signer = newSignature('anonymised', {
        name: 'Named',
        email: 'named@example.org',
        contactOptIn: true,
        country: 'FR',
      });
      await store.sign(signer);
      await store.sign(newSignature('anonymised'));
      await store.sign(newSignature('kept'));
      assert.equal(await store.anonymise('anonymised'), 2);
      assert.equal(await store.anonymise('anonymised'), 0);
      assert.equal(await store.count('anonymised'), 2);
      assert.deepEqual(
        (await store.signaturesOf('anonymised')).map(({ name, email, contactOptIn, country }) => ({
          name,
          email,
          contactOptIn,
          country,
        })),
        [
          { name: '', email: null, contactOptIn: false, country: 'FR' },
          { name: '', email: null, contactOptIn: false, country: null },
        ],
      );
      assert.equal(await store.findSignature('anonymised', signer.emailHash), undefined);
      assert.equal((await store.signaturesOf('kept'))[0]?.name, 'Ayşe');
    });

    test('keeps a waiting signature’s consent version and origin until it is signed, then counts the origin apart', async () => {
      const fresh = newSignature('waiting-origin', {
        consentVersion: 'fedcba9876543210',
        origin: 'https://partner.example',
      });
      const pending = newPending(fresh);
      await store.addPending(pending);
      const found = await store.findPending('waiting-origin', pending.tokenHash, new Date());
      assert.deepEqual([found?.consentVersion, found?.origin], ['fedcba9876543210', 'https://partner.example']);
      await store.sign({ ...fresh, consentVersion: found!.consentVersion, origin: found!.origin });
      assert.equal((await store.signaturesOf('waiting-origin'))[0]?.consentVersion, 'fedcba9876543210');
      assert.deepEqual(await store.originCounts('waiting-origin'), [
        { day: '2026-11-30', origin: 'https://partner.example', count: 1 },
      ]);
    });

    test('counts signatures per origin and day, once each, and keeps the tally through erasure and anonymisation', async () => {
      const partner = (origin: string, consentDay: string) => newSignature('report', { origin, consentDay });
      const first = partner('https://partner.example', '2026-11-29');
      await store.sign(first);
      await store.sign({ ...first, name: 'Again' });
      const retry = { key: 'report-retry', requestHash: 'same' };
      await store.sign(partner('https://partner.example', '2026-11-30'), retry);
      assert.equal((await store.sign(partner('https://partner.example', '2026-11-30'), retry)).replayed, true);
      await store.sign(partner('https://partner.example', '2026-11-30'));
      await store.sign(partner('', '2026-11-30'));
      await store.sign(newSignature('other-report', { origin: 'https://partner.example' }));
      const expected = [
        { day: '2026-11-29', origin: 'https://partner.example', count: 1 },
        { day: '2026-11-30', origin: '', count: 1 },
        { day: '2026-11-30', origin: 'https://partner.example', count: 2 },
      ];
      assert.deepEqual(await store.originCounts('report'), expected);
      assert.deepEqual((await store.erase('report', first.emailHash)).erased, 1);
      assert.equal(await store.anonymise('report'), 3);
      assert.deepEqual(await store.originCounts('report'), expected);
      assert.deepEqual(await store.originCounts('nobody-signed'), []);
    });

    test('takes a database from before consent versions and origins, keeping its signatures', async () => {
      await harness.sql(`ALTER TABLE signatures DROP COLUMN consent_version;
        ALTER TABLE pending_signatures DROP COLUMN consent_version;
        ALTER TABLE pending_signatures DROP COLUMN origin;
        DROP TABLE origin_counts;
        INSERT INTO signatures (petition_id, email_hash, email, name, country, contact_opt_in, consent_day)
          VALUES ('migrated', 'old-hash', NULL, 'Old', NULL, ${name === 'SQLite' ? 0 : 'false'}, '2026-01-02');`);
      const migrated = await harness.open();
      try {
        assert.deepEqual(await migrated.signaturesOf('migrated'), [
          {
            name: 'Old',
            country: null,
            email: null,
            contactOptIn: false,
            consentDay: '2026-01-02',
            consentVersion: null,
          },
        ]);
        const pending = newPending(newSignature('migrated', { origin: 'https://partner.example' }));
        await migrated.addPending(pending);
        assert.equal(
          (await migrated.findPending('migrated', pending.tokenHash, new Date()))?.origin,
          'https://partner.example',
        );
        assert.equal((await migrated.sign(newSignature('migrated', { origin: 'https://partner.example' }))).count, 2);
        assert.deepEqual(await migrated.originCounts('migrated'), [
          { day: '2026-11-30', origin: 'https://partner.example', count: 1 },
        ]);
      } finally {
        await migrated.close();
      }
    });

    test('forgets idempotency keys older than the cutoff', async () => {
      await store.sign(newSignature('pruned'), { key: 'old', requestHash: 'a' });
      await store.prune(new Date(Date.now() + 60_000));
      assert.equal((await store.sign(newSignature('pruned'), { key: 'old', requestHash: 'b' })).replayed, false);
    });

    test('counts 300 concurrent signatures through two stores on one database exactly', async () => {
      const other = await harness.open();
      try {
        const outcomes = await Promise.all(
          Array.from({ length: 300 }, (_, index) => (index % 2 ? store : other).sign(newSignature('concurrent'))),
        );
        assert.deepEqual(
          outcomes.map((outcome) => outcome.count).sort((a, b) => a - b),
          Array.from({ length: 300 }, (_, index) => index + 1),
        );
        assert.equal(await store.count('concurrent'), 300);
        assert.equal(await other.count('concurrent'), 300);
      } finally {
        await other.close();
      }
    });

    test('keeps the count exact when a signature is deleted by hand', async () => {
      const erased = newSignature('erasure');
      await store.sign(erased);
      await store.sign(newSignature('erasure'));
      await harness.sql(`DELETE FROM signatures WHERE email_hash = '${erased.emailHash}'`);
      assert.equal(await store.count('erasure'), 1);
      assert.equal((await store.sign(newSignature('erasure'))).count, 2);
    });

    test('tells its listeners each new count after the signature committed', async () => {
      const heard: number[] = [];
      store.onCountChange((petitionId, count) => petitionId === 'listened' && heard.push(count));
      await store.sign(newSignature('listened'));
      await store.sign(newSignature('listened'));
      assert.ok(await eventually(() => heard.length === 2), `heard ${heard}`);
      assert.deepEqual(heard, [1, 2]);
    });

    test('answers the count while signatures wait for a lock, then refuses them as unavailable', async () => {
      await store.sign(newSignature('locked'));
      const release = await harness.holdWriteLock();
      try {
        // More waiting signatures than a pool has connections: the count must not queue behind them.
        let settled = 0;
        const signing = Array.from({ length: 12 }, () => store.sign(newSignature('locked')).finally(() => settled++));
        assert.equal(await store.count('locked'), 1);
        assert.equal(settled, 0, 'the count did not wait for the signatures');
        const outcomes = await Promise.allSettled(signing);
        assert.ok(
          outcomes.every((outcome) => outcome.status === 'rejected' && outcome.reason instanceof StorageUnavailable),
        );
      } finally {
        await release();
      }
      assert.equal((await store.sign(newSignature('locked'))).count, 2);
    });

    test('fails ping and signatures while the storage is gone, and recovers when it is back', async () => {
      await harness.takeAway();
      try {
        await assert.rejects(store.ping(), StorageUnavailable);
        await assert.rejects(store.sign(newSignature('gone')), StorageUnavailable);
      } finally {
        await harness.bringBack();
      }
      assert.ok(
        await eventually(() =>
          store.ping().then(
            () => true,
            () => false,
          ),
        ),
        'ping recovered',
      );
      assert.equal((await store.sign(newSignature('gone'))).count, 1);
    });
  });
}

storeSuite(
  'SQLite',
  async () => sqliteHarness(),
  async () => undefined,
);
storeSuite('PostgreSQL', postgresHarness, postgresSkipReason);

describe('PostgreSQL stores sharing one database', { timeout: 60_000 }, async () => {
  const skipReason = await postgresSkipReason();
  it(
    'hear every instance’s count changes and deletions made by hand, also after their connection broke',
    { skip: skipReason },
    async () => {
      const harness = await postgresHarness();
      const [first, second] = [await harness.open(), await harness.open()];
      try {
        const heard: number[] = [];
        second.onCountChange((petitionId, count) => petitionId === 'shared' && heard.push(count));
        const erased = newSignature('shared');
        await first.sign(erased);
        await first.sign(newSignature('shared'));
        assert.ok(await eventually(() => heard.length === 2), `heard ${heard}`);
        await harness.sql(`DELETE FROM signatures WHERE email_hash = '${erased.emailHash}'`);
        assert.ok(await eventually(() => heard.length === 3), `heard ${heard}`);
        assert.deepEqual(heard, [1, 2, 1]);
        assert.equal(await second.count('shared'), 1);
        // The listening connection breaks too, and comes back on its own.
        await harness.takeAway();
        await harness.bringBack();
        assert.ok(
          await eventually(async () => {
            await first.sign(newSignature('shared')).catch(() => undefined);
            return heard.length > 3;
          }),
          'heard a signature after the connection came back',
        );
      } finally {
        await first.close();
        await second.close();
        await harness.cleanup();
      }
    },
  );
});
