import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertJsonError,
  eventually,
  PETITION_PATH,
  postSignature,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';

describe('GET /api/petitions/:id', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ CACHE_SECONDS: '30' });
  });
  after(() => server.close());

  it('answers the count, goal and title of the petition, readable from any origin', async () => {
    const response = await fetch(`${server.url}${PETITION_PATH}`, { headers: { Origin: 'https://anyone.example' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    assert.deepEqual(await response.json(), {
      count: 0,
      goal: 1_000_000,
      title: 'Tell China to close its secret “re-education” camps',
    });
  });

  it('lets caches keep the count for CACHE_SECONDS, and serve it stale for 2× and 5× as long', async () => {
    const response = await fetch(`${server.url}${PETITION_PATH}`);
    assert.equal(
      response.headers.get('cache-control'),
      'public, max-age=30, stale-while-revalidate=60, stale-if-error=150',
    );
  });

  it('answers 304 to a matching If-None-Match, and a new ETag once the count changes', async () => {
    const first = await fetch(`${server.url}${PETITION_PATH}`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const unchanged = await fetch(`${server.url}${PETITION_PATH}`, { headers: { 'If-None-Match': etag } });
    assert.equal(unchanged.status, 304);
    assert.equal(unchanged.headers.get('etag'), etag);
    assert.equal(await unchanged.text(), '');
    const weak = await fetch(`${server.url}${PETITION_PATH}`, { headers: { 'If-None-Match': `"other", W/${etag}` } });
    assert.equal(weak.status, 304);

    assert.equal((await postSignature(server, signature())).status, 201);
    const changed = await fetch(`${server.url}${PETITION_PATH}`, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await fetch(`${server.url}${PETITION_PATH}`);
    const head = await fetch(`${server.url}${PETITION_PATH}`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), get.headers.get('etag'));
    assert.equal(head.headers.get('content-length'), get.headers.get('content-length'));
    assert.equal(await head.text(), '');
  });

  it('answers a CORS preflight from any origin', async () => {
    const response = await fetch(`${server.url}${PETITION_PATH}`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://anyone.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /GET/);
  });

  it('answers 404 with a JSON error for an unknown petition', async () => {
    const response = await fetch(`${server.url}api/petitions/no-such-petition`);
    await assertJsonError(response, 404);
  });

  it('answers 405 with Allow for a method the route does not take', async () => {
    const response = await fetch(`${server.url}${PETITION_PATH}`, { method: 'DELETE' });
    await assertJsonError(response, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });
});

describe('routing and health', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('answers /healthz with ok once the database answers', async () => {
    const response = await fetch(`${server.url}healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true });
  });

  it('answers 404 JSON for an unknown API route', async () => {
    const response = await fetch(`${server.url}api/nothing-here`);
    await assertJsonError(response, 404);
  });

  it('logs method, route pattern, status and duration only', async () => {
    const body = signature({ name: 'Logged Nobody' });
    await postSignature(server, body);
    await fetch(`${server.url}${PETITION_PATH}?utm=secret-query`);
    const logged = (pattern: RegExp) => eventually(() => server.logs.some((line) => pattern.test(line)));
    assert.ok(await logged(/^POST \/api\/petitions\/:id\/signatures 201 \d+ms$/));
    assert.ok(await logged(/^GET \/api\/petitions\/:id 200 \d+ms$/));
    const lines = server.logs.join('\n');
    for (const secret of [String(body.email), 'Logged Nobody', 'secret-query', '127.0.0.1']) {
      assert.ok(!lines.includes(secret), `the log must not contain ${secret}`);
    }
  });
});
