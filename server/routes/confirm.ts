import type { FastifyInstance, FastifyReply } from 'fastify';
import { PETITION_ROUTE } from '../../src/contract/petition.js';
import { petitionParamsSchema } from '../../src/contract/schemas.js';
import { TOKEN_PATTERN, tokenHash, unseal } from '../confirmation.js';
import { directionOfLanguage } from '../../src/locales/languages.js';
import { escapeHtml, FORM_PAGE_CSS_PATH, pageLanguage } from '../form-page.js';
import { fill, mailTexts, type MailTexts } from '../mail-text.js';
import type { Petition } from '../petitions.js';
import { findPetition, type RouteContext } from '../route-context.js';

type ConfirmRequest = {
  Params: { id: string };
  Querystring: { token?: string; lang?: string };
  Body: { token?: string; lang?: string };
};

/** Pages of the petition's own origin only: never framed, nothing but their stylesheet loaded, forms posted home. */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/**
 * `{petition}/confirm?token=…&lang=…`, the link in a confirmation mail. GET only shows a page with a button: link
 * scanners and prefetchers open links, and must not sign for anyone. The button POSTs the token (a form, so it
 * works without script), and that confirms: the signature is stored and counted, with the contact opt-in it asked for.
 */
export async function confirmRoutes(app: FastifyInstance, context: RouteContext) {
  // Only here, for the button's form; the signature route still takes JSON alone (plugins are encapsulated).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  const schema = { params: petitionParamsSchema };

  app.get<ConfirmRequest>(`${PETITION_ROUTE}/confirm`, { schema }, async (request, reply) => {
    const petition = findPetition(context, request.params);
    const { token = '', lang } = request.query;
    const { texts, lang: textLang } = mailTexts(pageLanguage(lang ?? null));
    const pending =
      TOKEN_PATTERN.test(token) && (await context.store.findPending(petition.id, tokenHash(token), new Date()));
    if (!pending) return sendPage(reply.code(410), petition, textLang, texts, `<p>${escapeHtml(texts.expired)}</p>`);
    const intro = escapeHtml(fill(texts.pageIntro, { title: petition.title }));
    return sendPage(
      reply,
      petition,
      textLang,
      texts,
      `<p>${intro}</p>
<form method="post" action="confirm">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="lang" value="${escapeHtml(textLang)}">
<button type="submit">${escapeHtml(texts.button)}</button>
</form>`,
    );
  });

  app.post<ConfirmRequest>(`${PETITION_ROUTE}/confirm`, { schema }, async (request, reply) => {
    const petition = findPetition(context, request.params);
    const { token = '', lang } = (request.body ?? {}) as ConfirmRequest['Body'];
    const { texts, lang: textLang } = mailTexts(pageLanguage(typeof lang === 'string' ? lang : null));
    const pending =
      typeof token === 'string' &&
      TOKEN_PATTERN.test(token) &&
      (await context.store.findPending(petition.id, tokenHash(token), new Date()));
    if (!pending) return sendPage(reply.code(410), petition, textLang, texts, `<p>${escapeHtml(texts.expired)}</p>`);
    await context.store.sign({
      petitionId: petition.id,
      name: pending.name,
      emailHash: pending.emailHash,
      // The address exists in the clear only now, from the sealed copy the link's token opens.
      email: pending.contactOptIn && pending.sealedEmail ? unseal(pending.sealedEmail, token) : null,
      country: pending.country,
      contactOptIn: pending.contactOptIn,
      // The day it was confirmed (UTC), and the wording agreed to when signing.
      consentDay: new Date().toISOString().slice(0, 10),
      consentVersion: pending.consentVersion,
      origin: pending.origin,
    });
    return sendPage(reply, petition, textLang, texts, `<p role="status">${escapeHtml(texts.done)}</p>`);
  });
}

function sendPage(reply: FastifyReply, petition: Petition, lang: string, texts: MailTexts, content: string) {
  return reply.headers(PAGE_HEADERS).send(`<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${directionOfLanguage(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts.pageTitle)}</title>
<link rel="stylesheet" href="${FORM_PAGE_CSS_PATH}">
</head>
<body>
<main>
<h1>${escapeHtml(petition.title)}</h1>
${content}
</main>
</body>
</html>
`);
}
