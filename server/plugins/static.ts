import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { join } from 'node:path';

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

/** `demo/` at `/` and `dist/` at `/dist/`, from the site root; hidden files never. */
export async function staticFiles(app: FastifyInstance, { siteRoot }: { siteRoot: string }) {
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
  await app.register(fastifyStatic, { ...options, root: join(siteRoot, 'dist'), prefix: '/dist/', decorateReply: false });
}
