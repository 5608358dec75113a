// What every embedding test shares: a partner's web server for the pages in ./pages, the reference petition
// server (the built one, with a temporary database), and headless Chromium (the machine's, never a download).
//
// The partner server (`startPartnerSite`) serves:
//   /pages/…            test/embedding/pages, where `{{nonce}}`, `{{petition}}` and `{{litImportMap}}` are filled in
//                       per request
//   /dist/…             the build, as a CDN would (also /dist/campaign-widgets.js?v=2: a second URL, a second copy)
//   /node_modules/…     lit and its parts, for the page that mixes the npm build with the bundle
//   /api/…              proxied to the petition server, so a page under `connect-src 'self'` can count on its own origin
// Each page is served with the headers given when the site starts (`pages: { 'name.html': { csp, … } }`),
// and every page response also sets an HttpOnly cookie, so a widget that sent credentials would be caught.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = join(REPO_ROOT, 'test', 'embedding', 'pages');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** The partner's session cookie: HttpOnly (so `document.cookie` stays ''), sent by the browser only with credentials. */
export const PARTNER_COOKIE = 'partner_session=secret-session-id';

/** The policies the README promises are enough. */
export const POLICIES = {
  strict:
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; frame-src 'self'",
  trustedTypes:
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; frame-src 'self'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  nonce: (nonce) =>
    `default-src 'none'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'; connect-src 'self'; img-src 'self'; frame-src 'self'; base-uri 'none'`,
};

/** For a page that runs the npm build, as an app would: its bare `lit` imports resolved to the page's own Lit. */
const LIT_IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
})}</script>`;

function fileUnder(root, urlPath) {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) return undefined;
  return file;
}

/**
 * The reference petition server on its own origin (http://127.0.0.1:port, another port than the partner's: another
 * origin, but the same site, so the partner's cookie would go along with any request that asked for credentials),
 * allowing the given partner origins to frame its form and post signatures.
 */
export async function startPetitionServer(allowedOrigins) {
  const { startServer } = await import('../../dist/server/app.js');
  const { readConfig } = await import('../../dist/server/config.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-embedding-'));
  const env = {
    DATABASE_URL: `sqlite:${dataDir}/campaign.db`,
    PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT: '0',
    ALLOWED_ORIGINS: allowedOrigins.join(','),
  };
  const server = await startServer(readConfig(env, REPO_ROOT));
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    petition: new URL('api/petitions/close-the-camps', server.url).href,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The partner's site on http://127.0.0.1:port. `pages` maps a page's file name, with or without a query
 * (`every-widget.html?nonce`: the same file under another policy), to `{ csp, petition }`:
 * its Content-Security-Policy (a string, or a function of the request's nonce) and the petition URL its
 * `{{petition}}` stands for (default: the same-origin `/api/petitions/close-the-camps`), and `fill`, more
 * `{{name}}: text` to fill in. `roots` adds folders to serve, by the first segment of their path.
 */
export async function startPartnerSite({ pages = {}, mock, roots: moreRoots = {} } = {}) {
  let petitionAddress;
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://partner.test');
    if (url.pathname.startsWith('/api/') && petitionAddress) return proxy(request, response, petitionAddress);
    if (mock && url.pathname.startsWith('/mock/')) return mock(request, response, url);
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end();

    const [, area, ...rest] = url.pathname.split('/');
    const roots = {
      pages: PAGES,
      dist: join(REPO_ROOT, 'dist'),
      node_modules: join(REPO_ROOT, 'node_modules'),
      ...moreRoots,
    };
    if (area === 'dist' && rest[0] === 'server') return response.writeHead(404).end();
    const file = roots[area] && fileUnder(roots[area], rest.join('/'));
    if (!file) return response.writeHead(404).end();

    if (area === 'pages' && file.endsWith('.html')) {
      const name = rest.join('/');
      const settings = pages[name + url.search] ?? pages[name] ?? {};
      const nonce = randomBytes(16).toString('base64');
      const csp = typeof settings.csp === 'function' ? settings.csp(nonce) : settings.csp;
      const filled = Object.entries(settings.fill ?? {}).reduce(
        (text, [name, value]) => text.replaceAll(`{{${name}}}`, value),
        readFileSync(file, 'utf8'),
      );
      const body = filled
        .replaceAll('{{nonce}}', nonce)
        .replaceAll('{{petition}}', settings.petition ?? '/api/petitions/close-the-camps')
        .replaceAll('{{litImportMap}}', LIT_IMPORT_MAP);
      response.writeHead(200, {
        'content-type': TYPES['.html'],
        'cache-control': 'no-store',
        'set-cookie': `${PARTNER_COOKIE}; HttpOnly; SameSite=Lax; Path=/`,
        ...(csp ? { 'content-security-policy': csp } : {}),
      });
      return response.end(body);
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** The pages' settings; a test may add to them once it knows the petition's address. */
    pages,
    /** Sends /api/ to this petition server, making it same-origin for the page. */
    proxyApiTo(address) {
      petitionAddress = address;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

function proxy(request, response, address) {
  const target = new URL(request.url, address);
  const upstream = httpRequest(target, { method: request.method, headers: request.headers }, (answer) => {
    response.writeHead(answer.statusCode, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', () => response.writeHead(502).end());
  request.pipe(upstream);
}

/** Headless Chromium, and a page that records what a partner would see go wrong. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: chromePath(), args: chromeArgs });
}

/**
 * A new page whose `problems` collects console errors, uncaught exceptions and failed requests, and `warnings`
 * console warnings, from the page and its frames. CSP violations are read from the page (pages/record-violations.js).
 */
export async function openPage(browser, { viewport = { width: 1000, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // An aborted request is not a failure: the count store cancels a poll when a live stream takes over.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return { context, page, problems, warnings };
}

/** The CSP violations pages/record-violations.js saw, as readable lines. */
export const violations = (page) => page.evaluate(() => window.cspViolations ?? ['record-violations.js did not run']);

/** Waits until every widget on the page has rendered (and, with the counter, shown a count). */
export async function widgetsRendered(page) {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('cw-'));
    return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.childElementCount > 0);
  });
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('cw-'))
        .map((widget) => widget.updateComplete),
    ),
  );
}

/** Opens a petition button's dialog and waits until the framed form says it is ready. */
export async function openPetitionDialog(page, selector) {
  await page.locator(`${selector} >> [part~="button"]`).click();
  await page.locator(`${selector} >> iframe:not(.loading)`).waitFor({ timeout: 10_000 });
  return page.frameLocator(`${selector} >> iframe`);
}

/**
 * For a suite that needs only the reference petition server (which serves the demo page and the form page) and a
 * browser: both started before its tests and closed after them. Read `.petition` and `.browser` in the tests.
 */
export function withPetitionServerAndBrowser() {
  const started = {};
  before(async () => {
    started.petition = await startPetitionServer([]);
    started.browser = await launchBrowser();
  });
  after(async () => {
    await started.browser?.close();
    await started.petition?.close();
  });
  return started;
}

/** Follows the confirmation link the demo outbox shows for `email`, as its owner would: the page, then its button. */
export async function confirmFromOutbox(serverUrl, email) {
  let outbox = '';
  while (!outbox.includes(email)) {
    outbox = await (await fetch(new URL('outbox', serverUrl))).text();
    if (!outbox.includes(email)) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const link = new URL(/<a href="([^"]+\/confirm\?[^"]+)">/.exec(outbox)[1].replaceAll('&amp;', '&'));
  const page = await (await fetch(link)).text();
  const token = /name="token" value="([^"]+)"/.exec(page)[1];
  const confirmed = await fetch(new URL('confirm', link), { method: 'POST', body: new URLSearchParams({ token }) });
  if (confirmed.status !== 200) throw new Error(`confirming answered ${confirmed.status}`);
}
