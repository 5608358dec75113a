import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isOrigin, PETITION_ROUTE, petitionPath } from '../src/contract/petition.js';
import { errorAnswerSchema, petitionParamsSchema } from '../src/contract/schemas.js';
import { canonicalLocale, directionOfLanguage, shippedLocale } from '../src/locales/languages.js';
import { HttpError } from './http-error.js';
import { catalogConsentVersion, CONSENT } from './consent.js';
import type { Petition } from './petitions.js';
import type { RouteContext } from './route-context.js';

/** Where the form page's own stylesheet is served (the page's CSP allows only 'self'). */
export const FORM_PAGE_CSS_PATH = '/api/form-page.css';

/** The page around the widget: no margins (a little room for focus rings), the system's font; the widget styles itself. */
const FORM_PAGE_CSS = `body { margin: 0; padding: 0.25em; font: 100%/1.5 system-ui, sans-serif; }
`;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** The page's language: a well-formed BCP 47 tag, canonicalised, or English. */
export function pageLanguage(lang: string | null): string {
  return (lang && /^[a-z0-9-]{1,35}$/i.test(lang) && canonicalLocale(lang)) || 'en';
}

type FormRequest = { Params: { id: string }; Querystring: { lang?: string; origin?: string } };

/**
 * `GET /api/petitions/:id/form?lang=xx&origin=https://partner.example`: the sign-up form, to be framed by
 * `<cw-action-button>` on an allowed page, and `GET /api/form-page.css`, the page's stylesheet.
 */
export async function formPageRoutes(app: FastifyInstance, context: RouteContext) {
  const { allowedOrigins } = context.config;
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    ["frame-ancestors 'self'", ...allowedOrigins].join(' '),
  ].join('; ');
  const querystring = { type: 'object', properties: { lang: { type: 'string' }, origin: { type: 'string' } } } as const;

  // A refusal says why in `reason` (the contract's FORM_REFUSALS), which the button reads to tell the reader, and the
  // embedder the origin to add; any page may read it (the cors plugin answers every route but signatures with `*`).
  app.get<FormRequest>(
    `${PETITION_ROUTE}/form`,
    { schema: { params: petitionParamsSchema, querystring, response: { '4xx': errorAnswerSchema } } },
    async (request, reply) => {
      const { lang, origin } = request.query;
      const petition = context.petitions.get(request.params.id);
      if (!petition) {
        context.log(`form refused: no petition ${quoted(request.params.id)}`);
        throw new HttpError(404, 'No such petition', {}, { reason: 'unknown-petition' });
      }
      if (origin !== undefined && !isFramingOrigin(origin, request, allowedOrigins)) {
        // An origin names a site, not a person: the operator needs it to fix ALLOWED_ORIGINS.
        context.log(`form refused: origin ${quoted(origin)} is not in ALLOWED_ORIGINS`);
        throw new HttpError(
          403,
          `origin ${origin.slice(0, MAX_LOGGED)} must be this server’s origin or one of ALLOWED_ORIGINS`,
          {},
          { reason: 'origin-not-allowed' },
        );
      }
      return (
        reply
          // X-Frame-Options for browsers without frame-ancestors: they may frame it from this origin only (partners' frames fail closed).
          .headers({
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': policy,
            'Cache-Control': 'no-store',
            'X-Frame-Options': 'SAMEORIGIN',
          })
          .send(formPage(petition, pageLanguage(lang ?? null), origin ?? null))
      );
    },
  );

  app.get(FORM_PAGE_CSS_PATH, async (_request, reply) =>
    reply
      .headers({ 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' })
      .send(FORM_PAGE_CSS),
  );
}

/** Refused values are logged at most this long, as JSON strings: a request cannot write lines of its own into the log. */
const MAX_LOGGED = 100;
const quoted = (text: string) => JSON.stringify(text.slice(0, MAX_LOGGED));

/** An origin exactly as a browser sends one, that may frame the form: this server's own, or a partner's. */
export function isFramingOrigin(origin: string, request: FastifyRequest, allowedOrigins: ReadonlySet<string>): boolean {
  return isOrigin(origin) && (allowedOrigins.has(origin) || new URL(origin).host === request.headers.host);
}

/** The page: the form's own bundle, and one `<cw-sign-form>` for this petition. Every interpolated value is escaped. */
export function formPage(petition: Petition, lang: string, frameOrigin: string | null): string {
  const consentLang = shippedLocale(lang);
  const [consent, privacy] = CONSENT[consentLang];
  const englishInstead = consentLang === 'en' && new Intl.Locale(lang).language !== 'en';
  const attributes = [
    ['petition', petitionPath(petition.id)],
    ['frame-origin', frameOrigin],
    ['share-url', petition.shareUrl],
    ['share-text', petition.title],
  ]
    .filter((pair): pair is [string, string] => !!pair[1])
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const privacyLink = petition.privacyUrl
    ? ` <a href="${escapeHtml(petition.privacyUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(privacy)}</a>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${directionOfLanguage(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(petition.title)}</title>
<link rel="stylesheet" href="${FORM_PAGE_CSS_PATH}">
<script type="module" src="/dist/sign-form.js"></script>
</head>
<body>
<cw-sign-form${attributes}>
<span slot="consent" data-consent-version="${catalogConsentVersion(consentLang)}"${englishInstead ? ` lang="en" dir="ltr"` : ''}>${escapeHtml(consent)}${privacyLink}</span>
</cw-sign-form>
</body>
</html>
`;
}
