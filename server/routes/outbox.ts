import type { FastifyInstance } from 'fastify';
import { escapeHtml, FORM_PAGE_CSS_PATH } from '../form-page.js';
import type { RouteContext } from '../route-context.js';

export const OUTBOX_PATH = '/outbox';

/**
 * `GET /outbox`: the demo's mail, when no SMTP_URL is set (never in production: config.ts). It shows what would
 * have been mailed, so `npm start` can be tried end to end, confirmation links included.
 */
export async function outboxRoutes(app: FastifyInstance, context: RouteContext) {
  const outbox = context.mailer.outbox;
  if (!outbox) return;
  app.get(OUTBOX_PATH, async (_request, reply) => {
    const messages = outbox
      .map(
        (message) => `<article lang="${escapeHtml(message.lang)}">
<h2>${escapeHtml(message.subject)}</h2>
<p>To: ${escapeHtml(message.to)} · ${escapeHtml(message.sentAt.toISOString())}</p>
<pre>${linkify(message.text)}</pre>
</article>`,
      )
      .join('\n');
    return reply.headers({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-store',
    }).send(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo outbox</title>
<link rel="stylesheet" href="${FORM_PAGE_CSS_PATH}">
</head>
<body>
<main>
<h1>Demo outbox</h1>
<p><strong>This is a demo: no mail is sent.</strong> The server keeps the last messages it would have sent here, in memory, so
you can follow a confirmation link. Set <code>SMTP_URL</code> to send real mail (and this page disappears).</p>
${messages || '<p>No mail yet. Sign the petition, then reload this page.</p>'}
</main>
</body>
</html>
`);
  });
}

/** Escapes the text and makes its http(s) links clickable. */
function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
