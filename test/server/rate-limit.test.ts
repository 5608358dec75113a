import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  assertJsonError,
  currentCount,
  postSignature,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';

describe('rate limiting signatures', () => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it('answers 429 with Retry-After in seconds once a client has used its RATE_LIMIT, and counts nothing', async () => {
    server = await startTestServer({ RATE_LIMIT: '3' });
    for (let attempt = 0; attempt < 3; attempt++) assert.equal((await postSignature(server, signature())).status, 201);
    const count = await currentCount(server);
    const refused = await postSignature(server, signature());
    await assertJsonError(refused, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    // A fixed one-minute window: the client may sign again when it ends.
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After was ${retryAfter}`);
    assert.equal(await currentCount(server), count);
  });

  for (const [proxies, trail] of [
    ['true', ''],
    ['2', ', 10.0.0.1'],
  ] as const) {
    it(`keys clients on the entry the outermost trusted proxy wrote (TRUST_PROXY=${proxies}), whatever the client sent before it`, async () => {
      server = await startTestServer({ RATE_LIMIT: '2', TRUST_PROXY: proxies });
      let spoofed = 0;
      // The client's own X-Forwarded-For, a new address each time, then what the proxies appended.
      const from = (client: string) => ({ 'X-Forwarded-For': `198.51.100.${spoofed++}, ${client}${trail}` });
      assert.equal((await postSignature(server, signature(), from('203.0.113.1'))).status, 201);
      assert.equal((await postSignature(server, signature(), from('203.0.113.1'))).status, 201);
      assert.equal((await postSignature(server, signature(), from('203.0.113.1'))).status, 429);
      assert.equal((await postSignature(server, signature(), from('203.0.113.2'))).status, 201);
    });
  }

  it('ignores X-Forwarded-For without TRUST_PROXY, so a client cannot pose as many', async () => {
    server = await startTestServer({ RATE_LIMIT: '2' });
    const statuses = [];
    for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      statuses.push((await postSignature(server, signature(), { 'X-Forwarded-For': client })).status);
    }
    assert.deepEqual(statuses, [201, 201, 429]);
  });

  it('spends no token on requests refused before they are read: a text/plain or malformed body', async () => {
    server = await startTestServer({ RATE_LIMIT: '2' });
    for (let attempt = 0; attempt < 5; attempt++) {
      assert.equal(
        (await postSignature(server, JSON.stringify(signature()), { 'Content-Type': 'text/plain' })).status,
        415,
      );
      assert.equal((await postSignature(server, '{"name":')).status, 400);
    }
    assert.equal((await postSignature(server, signature())).status, 201);
    assert.equal((await postSignature(server, signature())).status, 201);
    assert.equal((await postSignature(server, signature())).status, 429);
  });

  it('does not limit at all with RATE_LIMIT=0', async () => {
    server = await startTestServer({ RATE_LIMIT: '0' });
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () => postSignature(server!, signature()).then((r) => r.status)),
    );
    assert.deepEqual(new Set(statuses), new Set([201]));
  });
});
