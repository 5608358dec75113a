import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { join, relative } from 'node:path';

/** What the campaign pages may do: only this server's own scripts, styles and connections. */
export const HTML_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** What `/dist/` serves: the browser bundles, their source maps and SRI values; nothing of the server or the npm build. */
export const DIST_FILES = ['campaign-widgets.js', 'sign-form.js'].flatMap((bundle) => [
  bundle,
  `${bundle}.map`,
  `${bundle}.sri`,
]);
/**
 * What the bundles load on demand, beside them: the widgets' strings in each language (data, checked against the hash
 * the bundle carries) and the form's country names. Their names hold their content's hash, so they never change.
 */
const ON_DEMAND = /^(locales\/[\w-]+\.json|chunks\/[\w-]+\.js(\.map)?)$/;

/** A year, never revalidated: a versioned path never changes. */
const VERSIONED = 'public, max-age=31536000, immutable';
/** The latest moves with each release: five minutes, then revalidated. */
const LATEST = 'public, max-age=300, must-revalidate';

/**
 * `demo/` at `/`; the browser bundles at `/dist/` (the latest) and `/dist/{version}/` (this release, cached for good),
 * for any partner page to load: `Access-Control-Allow-Origin: *`, as a module script and the README's `integrity`
 * need. Hidden files never.
 */
export async function staticFiles(app: FastifyInstance, { siteRoot, version }: { siteRoot: string; version: string }) {
  const options = {
    dotfiles: 'ignore',
    cacheControl: false,
    etag: false,
    lastModified: false,
    // Pages change with every build; revalidating costs one small request.
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('Cache-Control', 'no-cache');
      // RFC 9239's type; the mime table still says application/javascript.
      if (/\.m?js$/.test(path)) reply.header('Content-Type', 'text/javascript; charset=utf-8');
      if (path.endsWith('.html')) reply.header('Content-Security-Policy', HTML_CONTENT_SECURITY_POLICY);
    },
  } as const;
  // A path `send` refuses (a "..", a NUL) is answered like a missing file: it says nothing about the folders.
  app.setErrorHandler((_error, _request, reply) => reply.callNotFound());
  await app.register(fastifyStatic, { ...options, root: join(siteRoot, 'demo'), prefix: '/' });
  const bundles = (cacheControl: string) => ({
    ...options,
    root: join(siteRoot, 'dist'),
    index: false as const,
    decorateReply: false,
    allowedPath: (path: string) =>
      DIST_FILES.includes(path.replace(/^\//, '')) || ON_DEMAND.test(path.replace(/^\//, '')),
    setHeaders: (reply: FastifyReply, path: string) => {
      options.setHeaders(reply, path);
      reply.header('Cache-Control', ON_DEMAND.test(relative(join(siteRoot, 'dist'), path)) ? VERSIONED : cacheControl);
      reply.header('Access-Control-Allow-Origin', '*');
      reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
      if (path.endsWith('.map')) reply.header('Content-Type', 'application/json; charset=utf-8');
      if (path.endsWith('.sri')) reply.header('Content-Type', 'text/plain; charset=utf-8');
    },
  });
  await app.register(fastifyStatic, { ...bundles(LATEST), prefix: '/dist/' });
  await app.register(fastifyStatic, { ...bundles(VERSIONED), prefix: `/dist/${version}/` });
}
