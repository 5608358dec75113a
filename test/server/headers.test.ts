// Answers that concern a signer are never kept by a cache, and the server's pages are not framed where they must not be.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PETITION_PATH, postSignature, signature, startTestServer, type TestServer } from './helpers.js';

describe('headers of answers that concern a signer', () => {
  let server: TestServer;
  let confirming: TestServer;
  before(async () => {
    server = await startTestServer({ RATE_LIMIT: '3', ALLOWED_ORIGINS: 'https://partner.example' });
    confirming = await startTestServer({ PETITIONS: 'server/petitions.json' });
  });
  after(async () => {
    await server.close();
    await confirming.close();
  });

  it('sends Cache-Control: no-store with every answer to a signature: counted, waiting, refused, malformed, limited', async () => {
    const answers = [
      await postSignature(server, signature()),
      await postSignature(server, signature({ email: 'not an address' })),
      await postSignature(server, '{"name": '),
      await postSignature(server, 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' }),
      await postSignature(confirming, signature()),
    ];
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [201, 422, 400, 415, 202],
    );
    let limited = await postSignature(server, signature());
    while (limited.status !== 429) limited = await postSignature(server, signature());
    for (const answer of [...answers, limited])
      assert.equal(answer.headers.get('cache-control'), 'no-store', `for ${answer.status}`);
  });

  it('sends X-Frame-Options beside frame-ancestors on the form page', async () => {
    const page = await fetch(
      `${server.url}${PETITION_PATH}/form?origin=${encodeURIComponent('https://partner.example')}`,
    );
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.match(
      page.headers.get('content-security-policy') ?? '',
      /frame-ancestors 'self' https:\/\/partner\.example/,
    );
    assert.equal(page.headers.get('cache-control'), 'no-store');
  });

  it('never lets the confirmation page or the demo outbox be framed or cached', async () => {
    for (const path of [`${PETITION_PATH}/confirm?token=${'A'.repeat(43)}`, 'outbox']) {
      const page = await fetch(new URL(path, confirming.url));
      assert.equal(page.headers.get('x-frame-options'), 'DENY', path);
      assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.equal(page.headers.get('cache-control'), 'no-store', path);
    }
  });
});
