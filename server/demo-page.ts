import type { FastifyInstance, FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeHtml } from './form-page.js';
import { HTML_CONTENT_SECURITY_POLICY } from './plugins/static.js';
import type { RouteContext } from './route-context.js';

/** `{{count:id}}` (the number, for `count="…"`) and `{{count-text:id}}` (written out, for the no-script text). */
const PLACEHOLDER = /\{\{(count|count-text):([a-z0-9-]{1,100})\}\}/g;

/**
 * `/` and `/index.html`: the demo page, with the last count of each petition it shows written into it, so a counter
 * shows it before any script runs, and a reader without JavaScript reads it in the counter's fallback text. A count
 * the store cannot give is left out (the counter loads it itself); the page is served either way.
 */
export async function demoPageRoutes(app: FastifyInstance, context: RouteContext) {
  const file = join(context.config.siteRoot, 'demo', 'index.html');
  const format = new Intl.NumberFormat('en');
  const handler = async (_request: unknown, reply: FastifyReply) => {
    const page = await readFile(file, 'utf8').catch(() => undefined);
    if (page === undefined) return reply.callNotFound();
    const counts = new Map<string, number | undefined>();
    for (const [, , id] of page.matchAll(PLACEHOLDER)) {
      if (counts.has(id!)) continue;
      counts.set(id!, context.petitions.has(id!) ? await context.store.count(id!).catch(() => undefined) : undefined);
    }
    const filled = page.replace(PLACEHOLDER, (_placeholder, kind: string, id: string) => {
      const count = counts.get(id);
      if (kind === 'count') return count === undefined ? '' : String(count);
      return escapeHtml(count === undefined ? 'Many' : format.format(count));
    });
    return reply
      .headers({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': HTML_CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-cache',
      })
      .send(filled.replace(/ count=""/g, ''));
  };
  app.get('/', handler);
  app.get('/index.html', handler);
  // The embed builder: demo/embed.html (and its script and styles, served as any demo file) at a short address.
  app.get('/embed', async (_request, reply) => {
    const page = await readFile(join(context.config.siteRoot, 'demo', 'embed.html'), 'utf8').catch(() => undefined);
    if (page === undefined) return reply.callNotFound();
    return reply
      .headers({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': HTML_CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-cache',
      })
      .send(page);
  });
}
