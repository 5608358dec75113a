import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PETITION_PATH, postSignature, signature, startTestServer, type TestServer } from './helpers.js';

const PARTNER = 'https://partner.example';

describe('CORS for signatures', () => {
  let server: TestServer;
  let signaturesUrl: string;
  before(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: `${PARTNER}, https://other-partner.example` });
    signaturesUrl = `${server.url}${PETITION_PATH}/signatures`;
  });
  after(() => server.close());

  const preflight = (origin: string) =>
    fetch(signaturesUrl, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });

  it('lets an allowed partner origin read the answer, without credentials', async () => {
    const response = await postSignature(server, signature(), { Origin: PARTNER });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), PARTNER);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    assert.match(response.headers.get('vary') ?? '', /Origin/);
  });

  it("lets the server's own pages read the answer", async () => {
    const ownOrigin = new URL(server.url).origin;
    const response = await postSignature(server, signature(), { Origin: ownOrigin });
    assert.equal(response.headers.get('access-control-allow-origin'), ownOrigin);
  });

  it('gives a refused origin no CORS headers, so the browser withholds the answer', async () => {
    const response = await postSignature(server, signature(), { Origin: 'https://evil.example' });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.match(response.headers.get('vary') ?? '', /Origin/);
  });

  it('answers the preflight of an allowed origin with POST, Content-Type and Idempotency-Key', async () => {
    const response = await preflight(PARTNER);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), PARTNER);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(response.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  it('answers the preflight of a refused origin without any CORS headers', async () => {
    const response = await preflight('https://evil.example');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('access-control-allow-methods'), null);
    assert.equal(response.headers.get('access-control-allow-headers'), null);
  });

  it('lets an allowed origin read error answers too, including Retry-After', async () => {
    const response = await postSignature(server, '{', { Origin: PARTNER });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('access-control-allow-origin'), PARTNER);
    assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After');
  });
});
