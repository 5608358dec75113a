import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { assertJsonError, startTestServer, type TestServer } from './helpers.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

/** GET with the path sent exactly as written (fetch would resolve the dots first). */
function getRaw(server: TestServer, path: string): Promise<{ status: number | undefined; body: string; nosniff: unknown }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body, nosniff: response.headers['x-content-type-options'] }));
      })
      .on('error', reject);
  });
}

describe('static files', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('serves demo/index.html at / with a strict Content-Security-Policy and no referrer', async () => {
    const response = await fetch(server.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('content-security-policy'), CSP);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(await response.text(), '<!doctype html><title>Campaign</title>');
  });

  it('serves other demo files with their content type and nosniff', async () => {
    const response = await fetch(`${server.url}style.css`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(await response.text(), 'body { margin: 0 }');
  });

  it('serves dist/ at /dist/ as JavaScript', async () => {
    const response = await fetch(`${server.url}dist/widget.js`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await response.text(), 'export const widget = true;');
  });

  it('answers HEAD with the length and no body', async () => {
    const response = await fetch(`${server.url}dist/widget.js`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), String('export const widget = true;'.length));
    assert.equal(await response.text(), '');
  });

  it('answers 404 JSON for a missing file', async () => {
    const response = await fetch(`${server.url}missing.html`);
    await assertJsonError(response, 404);
  });

  it('answers 405 to a POST outside the API', async () => {
    const response = await fetch(server.url, { method: 'POST' });
    await assertJsonError(response, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD');
  });

  for (const path of [
    '/dist/../package.json',
    '/dist/..%2fpackage.json',
    '/dist/%2e%2e/package.json',
    '/dist/%2E%2E%2Fpackage.json',
    '/dist/..%5cpackage.json',
    '/%2e%2e/package.json',
    '/dist%2f..%2f..%2fpackage.json',
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/.env',
    '/%2eenv',
    '/dist/widget.js%00.html',
    '/%E0%A4%A',
  ]) {
    it(`refuses ${path} with 404, never leaving the served folders`, async () => {
      const { status, body, nosniff } = await getRaw(server, path);
      assert.equal(status, 404);
      assert.equal(nosniff, 'nosniff');
      assert.ok(!body.includes('must not be served') && !body.includes('SECRET') && !body.includes('root:'));
    });
  }
});
