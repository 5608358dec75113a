// Three server processes on one PostgreSQL behind "one address" (the test spreads requests over them, as a proxy
// would): the same count everywhere, every stream hears every signature, de-duplication, idempotency and rate
// limits hold across instances, and kill -9 of one loses no acknowledged signature.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  currentCount,
  eventually,
  PETITION_PATH,
  postSignature,
  signature,
  startChild,
  type ChildServer,
} from './helpers.js';
import { createTestDatabase, postgresSkipReason } from './postgres.js';

/** Follows an event stream and keeps the last count it carried. */
async function follow(url: string) {
  const controller = new AbortController();
  const response = await fetch(`${url}${PETITION_PATH}/events`, { signal: controller.signal });
  const state = { last: -1, close: () => controller.abort() };
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (let chunk; !(chunk = await reader.read()).done;) {
      for (const match of chunk.value.matchAll(/"count":(\d+)/g)) state.last = Number(match[1]);
    }
  })().catch(() => {});
  return state;
}

let address = 0;
/** Each load request comes from its own client address (through the one trusted proxy), so no rate limit bites. */
const fromNewClient = () => ({
  'X-Forwarded-For': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}`,
});

describe('three instances on one PostgreSQL', { timeout: 120_000 }, async () => {
  const skipReason = await postgresSkipReason();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const instances: ChildServer[] = [];
  const rows = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<{ email: string }>('SELECT email FROM signatures')).rows.map((row) => row.email);
    } finally {
      await client.end();
    }
  };

  before(async () => {
    if (skipReason) return;
    database = await createTestDatabase();
    const env = {
      DATABASE_URL: database.url,
      SIGNATURE_SECRET: 'shared-by-every-instance',
      RATE_LIMIT: '3',
      TRUST_PROXY: '1',
    };
    // One at a time: the first creates the tables.
    for (let index = 0; index < 3; index++) instances.push(await startChild(env));
  });
  after(async () => {
    for (const instance of instances)
      if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGKILL');
    await Promise.all(instances.map((instance) => instance.exited));
    await database?.drop();
  });
  const test = (promise: string, body: () => Promise<void>) => it(promise, { skip: skipReason }, body);

  /**
   * Signs as the form does: one Idempotency-Key per signature, and a 503 (a write that could not get the lock in
   * time, which a busy machine makes likely) retried after its Retry-After. Resolves with the final status.
   */
  async function signAsTheFormDoes(instance: ChildServer, index: number): Promise<number> {
    const body = signature();
    const headers = { ...fromNewClient(), 'Idempotency-Key': `signature-${index}` };
    for (;;) {
      const response = await postSignature(instance, body, headers);
      if (response.status !== 503) return response.status;
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)));
    }
  }

  test('count 300 concurrent signatures through all three exactly, and every instance’s streams hear the last', async () => {
    const streams = await Promise.all(instances.map((instance) => follow(instance.url)));
    try {
      const statuses = await Promise.all(
        Array.from({ length: 300 }, (_, index) => signAsTheFormDoes(instances[index % 3]!, index)),
      );
      assert.deepEqual(new Set(statuses), new Set([201]));
      for (const instance of instances) assert.equal(await currentCount(instance), 300);
      assert.equal((await rows()).length, 300);
      assert.ok(
        await eventually(() => streams.every((stream) => stream.last === 300), 30_000),
        `streams at ${streams.map((s) => s.last)}`,
      );
    } finally {
      streams.forEach((stream) => stream.close());
    }
  });

  test('de-duplicate an e-mail signed through two instances at once', async () => {
    const body = signature();
    const statuses = await Promise.all(
      [0, 1].map((index) => postSignature(instances[index]!, body, fromNewClient()).then((r) => r.status)),
    );
    assert.deepEqual(statuses.sort(), [200, 201]);
  });

  test('replay an Idempotency-Key on another instance, and refuse it with 422 for another body', async () => {
    const body = signature();
    const key = { 'Idempotency-Key': 'across-instances', ...fromNewClient() };
    const first = await postSignature(instances[0]!, body, key);
    assert.equal(first.status, 201);
    const replay = await postSignature(instances[1]!, body, key);
    assert.equal(replay.status, 201);
    assert.deepEqual(await replay.json(), await first.json());
    assert.equal((await postSignature(instances[2]!, signature(), key)).status, 422);
  });

  test('share one rate limit per client address across instances', async () => {
    const client = { 'X-Forwarded-For': '203.0.113.77' };
    const statuses = [];
    for (const index of [0, 1, 2, 0])
      statuses.push((await postSignature(instances[index]!, signature(), client)).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
  });

  test('lose no acknowledged signature when one instance is killed with -9 under load', async () => {
    const victim = instances[2]!;
    const acknowledged: string[] = [];
    let victimAnswers = 0;
    await Promise.all(
      Array.from({ length: 300 }, async (_, index) => {
        const instance = instances[index % 3]!;
        const body = signature({ contactOptIn: true });
        const response = await postSignature(instance, body, fromNewClient()).catch(() => undefined);
        if (response?.status !== 201) return;
        acknowledged.push(String(body.email));
        if (instance === victim && ++victimAnswers === 30) victim.child.kill('SIGKILL');
      }),
    );
    assert.equal(await victim.exited, null, 'the instance was killed, not stopped');
    assert.ok(victimAnswers >= 30);
    const stored = await rows();
    const emails = new Set(stored);
    assert.deepEqual(
      acknowledged.filter((email) => !emails.has(email)),
      [],
      'no acknowledged signature is lost',
    );
    for (const instance of instances.slice(0, 2)) assert.equal(await currentCount(instance), stored.length);
  });
});
