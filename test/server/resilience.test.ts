import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { renameSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import {
  assertJsonError,
  currentCount,
  eventually,
  PETITION_PATH,
  postSignature,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';
import { createTestDatabase, postgresSkipReason, relayTo } from './postgres.js';

describe('never stalls, never lies', { timeout: 90_000 }, () => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it('answers counts while another process holds the write lock, and the signature 503 with Retry-After', async () => {
    server = await startTestServer();
    assert.equal((await postSignature(server, signature())).status, 201);
    const other = new Database(server.databasePath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const signing = postSignature(server, signature());
      assert.equal(await currentCount(server), 1);
      const refused = await signing;
      await assertJsonError(refused, 503);
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    assert.equal((await postSignature(server, signature())).status, 201);
  });

  it('fails /healthz and signatures when the database file is gone, and recovers when it is back', async () => {
    server = await startTestServer();
    const { databasePath } = server;
    assert.equal((await fetch(`${server.url}healthz`)).status, 200);
    renameSync(databasePath, `${databasePath}.moved`);
    try {
      await assertJsonError(await fetch(`${server.url}healthz`), 503);
      const refused = await postSignature(server, signature());
      await assertJsonError(refused, 503);
      assert.ok(refused.headers.get('retry-after'));
    } finally {
      renameSync(`${databasePath}.moved`, databasePath);
    }
    assert.equal((await fetch(`${server.url}healthz`)).status, 200);
    assert.equal((await postSignature(server, signature())).status, 201);
    assert.equal(await currentCount(server), 1);
  });
});

describe('never stalls, never lies, on PostgreSQL', { timeout: 60_000 }, async () => {
  const skipReason = await postgresSkipReason();
  it(
    'fails /healthz and signatures with 503 while PostgreSQL cannot be reached, and recovers when it can',
    { skip: skipReason },
    async () => {
      const database = await createTestDatabase();
      const relay = await relayTo(new URL(database.url));
      const server = await startTestServer({ DATABASE_URL: relay.url, SIGNATURE_SECRET: 'test' });
      try {
        assert.equal((await postSignature(server, signature())).status, 201);
        await relay.cut();
        await assertJsonError(await fetch(`${server.url}healthz`), 503);
        const refused = await postSignature(server, signature());
        await assertJsonError(refused, 503);
        assert.ok(refused.headers.get('retry-after'));
        await relay.mend();
        let health = 0;
        for (let attempt = 0; attempt < 50 && health !== 200; attempt++) {
          health = (await fetch(`${server.url}healthz`)).status;
          if (health !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.equal(health, 200);
        assert.equal((await postSignature(server, signature())).status, 201);
        assert.equal(await currentCount(server), 2);
      } finally {
        await server.close();
        await relay.close();
        await database.drop();
      }
    },
  );
});

describe('bounded event streams', { timeout: 90_000 }, () => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it('refuses streams beyond the per-client and total caps with 503 and Retry-After, and frees a place when one closes', async () => {
    server = await startTestServer({ EVENT_STREAMS_PER_CLIENT: '2', EVENT_STREAMS: '3', TRUST_PROXY: '1' });
    const url = `${server.url}${PETITION_PATH}/events`;
    const controllers: AbortController[] = [];
    const open = (client: string) => {
      const controller = new AbortController();
      controllers.push(controller);
      return fetch(url, { signal: controller.signal, headers: { 'X-Forwarded-For': client } });
    };
    try {
      assert.equal((await open('203.0.113.1')).status, 200);
      assert.equal((await open('203.0.113.1')).status, 200);
      const perClient = await open('203.0.113.1');
      await assertJsonError(perClient, 503);
      assert.ok(Number(perClient.headers.get('retry-after')) >= 1);
      assert.equal((await open('203.0.113.2')).status, 200, 'another client still gets one');
      await assertJsonError(await open('203.0.113.3'), 503);
      controllers[0]!.abort();
      assert.ok(await eventually(() => server!.subscriberCount === 2));
      assert.equal((await open('203.0.113.3')).status, 200);
    } finally {
      controllers.forEach((controller) => controller.abort());
    }
  });
});
