import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { VERSION } from '../../src/internal/version.js';
import { assertJsonError, startTestServer, type TestServer } from './helpers.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

/** GET with the path sent exactly as written (fetch would resolve the dots first). */
function getRaw(
  server: TestServer,
  path: string,
): Promise<{ status: number | undefined; body: string; nosniff: unknown }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, body, nosniff: response.headers['x-content-type-options'] }),
        );
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

  it('serves the browser bundles at /dist/ to any page, as JavaScript, cached briefly', async () => {
    const response = await fetch(`${server.url}dist/campaign-widgets.js`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
    assert.equal(await response.text(), 'export const widget = true;');
  });

  it('serves this release at /dist/{version}/, cached for good, with its map and SRI value', async () => {
    const versioned = `${server.url}dist/${VERSION}/campaign-widgets.js`;
    for (const [suffix, type] of [
      ['', 'text/javascript; charset=utf-8'],
      ['.map', 'application/json; charset=utf-8'],
      ['.sri', 'text/plain; charset=utf-8'],
    ]) {
      const response = await fetch(versioned + suffix);
      assert.equal(response.status, 200, suffix);
      assert.equal(response.headers.get('content-type'), type, suffix);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', suffix);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', suffix);
    }
    await assertJsonError(await fetch(`${server.url}dist/0.0.1/campaign-widgets.js`), 404);
  });

  for (const file of [
    'server/config.js',
    'src/contract/petition.js',
    'index.js',
    'components/fact-box/define.js',
    'custom-elements.json',
    'locales/fr.js',
    '',
  ]) {
    it(`serves nothing else of dist/: not /dist/${file}`, async () => {
      for (const path of [`dist/${file}`, `dist/${VERSION}/${file}`]) {
        const response = await fetch(server.url + path);
        assert.equal(response.status, 404, path);
        assert.doesNotMatch(await response.text(), /must not be served/);
      }
    });
  }

  it('serves what the bundles load on demand (strings, country names) to any page, cached for good', async () => {
    for (const [path, type] of [
      ['dist/locales/fr-Ab12_-cd.json', 'application/json'],
      ['dist/chunks/ug-Ab12_-cd.js', 'text/javascript'],
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type')!, new RegExp(`^${type}`));
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    }
  });

  it('answers HEAD with the length and no body', async () => {
    const response = await fetch(`${server.url}dist/campaign-widgets.js`, { method: 'HEAD' });
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
    '/dist/campaign-widgets.js%00.html',
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
