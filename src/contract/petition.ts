/**
 * The petition contract: every message that crosses the wire (widgets and form ⇄ petition server), and the form
 * page's query the action button writes. What the framed form and the button say to each other is the frame
 * protocol's (`internal/frame/messages.ts`). The widgets, the form, the reference server, Storybook's mock and the browser
 * tests' backend all import it, so none of them can drift from the others. A new field is one edit here; the
 * server's JSON schemas (`schemas.ts`, server-only) are typed against these interfaces, so the compiler points
 * at the schema that still lacks it.
 *
 * Types, constants and tiny validators only: no DOM, no dependencies, nothing that runs at import.
 */

// ── Paths ────────────────────────────────────────────────────────────────────────────────────────────────────
// A petition is a URL ("{petition}"), whatever server hosts it; its resources live below it.

/** `{petition}/events`, `{petition}/signatures`, `{petition}/form`, `{petition}/confirm` (the page a confirmation mail links to). */
export const PETITION_RESOURCES = ['events', 'signatures', 'form', 'confirm'] as const;
export type PetitionResource = (typeof PETITION_RESOURCES)[number];

/** Where the reference server puts a petition (`:id` is its kebab-case id). */
export const PETITION_ROUTE = '/api/petitions/:id';

/** `/api/petitions/{id}` on the reference server. */
export const petitionPath = (id: string): string => PETITION_ROUTE.replace(':id', id);

// ── GET {petition} ───────────────────────────────────────────────────────────────────────────────────────────

/** The petition's public state; widgets show `count` of `goal`. */
export interface PetitionCount {
  count: number;
  goal: number;
  title: string;
}

/** A count a petition may report: a whole number, 0 or more. */
export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Whether `value` is an origin exactly as a browser sends one (`event.origin`, the `Origin` header):
 * `https://partner.example`, no path or slash. The one check of an origin, for the form, its frame and the server.
 */
export function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** A goal: a whole number above 0. */
export const isGoal = (value: unknown): value is number => isCount(value) && value > 0;

/** What `GET {petition}` or a `count` event says: its count, and its goal or heartbeat period where it gives a valid one. */
export interface CountReading {
  count: number;
  goal?: number;
  heartbeatMs?: number;
}

/** Reads the JSON of `GET {petition}` or of a `count` event, or says what is wrong with it. */
export function readCount(json: string): CountReading | string {
  let data: Partial<Record<keyof CountReading, unknown>> | null;
  try {
    data = JSON.parse(json);
  } catch {
    return 'answered something that is not JSON';
  }
  const { count, goal, heartbeatMs } = data ?? {};
  if (!isCount(count)) return `answered an invalid count (${String(count)})`;
  return { count, goal: isGoal(goal) ? goal : undefined, heartbeatMs: isGoal(heartbeatMs) ? heartbeatMs : undefined };
}

// ── GET {petition}/events (server-sent events) ───────────────────────────────────────────────────────────────

/** The one event a petition stream sends: `event: count`. */
export const COUNT_EVENT = 'count';

/** Data of a `count` event: after every change, and on connect with the heartbeat period (ms) the stream keeps. */
export interface CountEventData {
  count: number;
  heartbeatMs?: number;
}

/** A `count` event as it goes on the wire. */
export const countEventText = (data: CountEventData): string =>
  `event: ${COUNT_EVENT}\ndata: ${JSON.stringify(data)}\n\n`;

/** The comment an idle stream sends so proxies keep it open and clients can tell it lives. */
export const HEARTBEAT_TEXT = ': heartbeat\n\n';

// ── POST {petition}/signatures ───────────────────────────────────────────────────────────────────────────────

/** A signature as sent: JSON, at most {@link MAX_SIGNATURE_BYTES}. `website` is the honeypot, empty for people. */
export interface SignatureBody {
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2; empty or absent when not given. */
  country?: string;
  consent: boolean;
  contactOptIn?: boolean;
  website?: string;
  /** The form's language (BCP 47): the confirmation mail is written in it. */
  lang?: string;
  /**
   * The version of the consent wording the signer agreed to ({@link CONSENT_VERSION_PATTERN}); the server refuses a
   * version it does not know, and a missing one, with `422` and `reason: "unknown-consent-version"`.
   */
  consentVersion?: string;
  /**
   * The page that framed the form (its `frame-origin`): the campaign's report counts signatures per partner origin
   * and day, apart from the signatures. The server keeps it only when it is one of its own or `ALLOWED_ORIGINS`.
   */
  origin?: string;
}

/**
 * A consent wording's version: the first 16 hex digits of the SHA-256 of its language tag, a line feed and its exact
 * text (`printf '%s\n%s' "$lang" "$text" | sha256sum | cut -c1-16`). The server knows the versions of its own
 * wordings and of those its petitions file lists; `npm run petition -- consent <petition>` prints them.
 */
export const CONSENT_VERSION_PATTERN = /^[0-9a-f]{16}$/;

/** The fields a `422` can name. */
export const SIGNATURE_FIELDS = ['name', 'email', 'country', 'consent', 'contactOptIn'] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];

/** Why a field was refused. */
export const FIELD_PROBLEMS = ['required', 'too_long', 'invalid'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];
export type FieldProblems = Partial<Record<SignatureField, FieldProblem>>;

export const MAX_SIGNATURE_BYTES = 8 * 1024;
export const NAME_MAX_CODE_POINTS = 100;
export const EMAIL_MAX_LENGTH = 254;
/** The optional `Idempotency-Key` header: the same key answers a retry with the first answer. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/**
 * Petitions with `confirm: "none"` only: `201` a new signature, `200` this e-mail had signed. The status tells an
 * observer whether an address had signed; see the server's README.
 * A filled honeypot gets a `201` too, and changes nothing.
 */
export interface SignedAnswer {
  count: number;
}

/**
 * Petitions with `confirm: "email"` (the default): always `202 { "confirm": "email" }`, byte for byte, whether the
 * address is new, waiting for confirmation or has signed, and nothing is counted yet. The address gets either a
 * confirmation link or a note that it has signed already; only its owner learns which.
 */
export interface PendingAnswer {
  confirm: 'email';
}

/** Why a signature was refused as a whole: its consent wording's version is missing or not one the server knows. */
export const SIGNATURE_REFUSALS = ['unknown-consent-version'] as const;
export type SignatureRefusal = (typeof SIGNATURE_REFUSALS)[number];

/** Every error: `400`, `404`, `405`, `413`, `415`, `422` (with `fields`, or a `reason`), `429` and `503` (with `Retry-After`). */
export interface ErrorAnswer {
  error: string;
  fields?: FieldProblems;
  /** Why `{petition}/form` refused, for the button to tell the reader and the embedder, or why a signature was. */
  reason?: FormRefusal | SignatureRefusal;
}

// ── GET {petition}/form ──────────────────────────────────────────────────────────────────────────────────────
// The framed sign-up page. A refused page cannot tell the page that framed it anything, so when the frame has loaded
// without saying it is ready, the button asks the same URL with `Accept: application/json` (no credentials, no
// referrer); a refusal answers `Access-Control-Allow-Origin: *` and an `ErrorAnswer` with one of these reasons.

/** `origin-not-allowed`: the page's origin is not in the server's `ALLOWED_ORIGINS`; `unknown-petition`: no such id. */
export const FORM_REFUSALS = ['origin-not-allowed', 'unknown-petition'] as const;
export type FormRefusal = (typeof FORM_REFUSALS)[number];

/**
 * The form page's query: the page's language and origin, and what makes the framed form look like the page around
 * it. Every value is checked on the form's side (`internal/frame/frame-theme.ts`); one that fails is ignored with a warning.
 */
export const FORM_PARAMETERS = {
  /** The page's language (BCP 47). */
  lang: 'lang',
  /** The embedding page's origin, which must be the server's own or one of `ALLOWED_ORIGINS`. */
  origin: 'origin',
  /** The colour of the "Sign" button: the action button's own background, a CSS colour. */
  accent: 'accent',
  /** The text on it: the action button's own text colour. */
  onAccent: 'on-accent',
  /** `light`, `dark` or `auto` (both, as the reader's system prefers): the page's `color-scheme`. */
  scheme: 'scheme',
  /** The page's font stack; only families of {@link SAFE_FONT_FAMILIES} are kept. */
  font: 'font',
  /** The embedder's string overrides in the page's language, as JSON; only the form's own keys are kept. */
  strings: 'strings',
} as const;

export const FORM_SCHEMES = ['light', 'dark', 'auto'] as const;
export type FormScheme = (typeof FORM_SCHEMES)[number];

/** The scheme a computed `color-scheme` asks for: `normal` and `light` are light, `light dark` follows the reader. */
export const schemeOf = (colorScheme: string): FormScheme =>
  colorScheme.includes('dark') ? (colorScheme.includes('light') ? 'auto' : 'dark') : 'light';

/**
 * Families a framed form may use: CSS's generic families and fonts that systems ship. The form page loads no fonts
 * (its CSP has no `font-src`), so a partner's web font could not show there anyway; a font stack keeps the families
 * of this list, in its order.
 */
export const SAFE_FONT_FAMILIES = [
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  '-apple-system',
  'BlinkMacSystemFont',
  'Segoe UI',
  'Roboto',
  'Helvetica Neue',
  'Helvetica',
  'Arial',
  'Noto Sans',
  'Noto Serif',
  'Liberation Sans',
  'Liberation Serif',
  'DejaVu Sans',
  'DejaVu Serif',
  'Ubuntu',
  'Cantarell',
  'Oxygen',
  'Fira Sans',
  'Open Sans',
  'Verdana',
  'Tahoma',
  'Trebuchet MS',
  'Georgia',
  'Times New Roman',
  'Times',
  'Palatino',
  'Palatino Linotype',
  'Book Antiqua',
  'Garamond',
  'Courier New',
  'Courier',
  'Menlo',
  'Consolas',
  'Monaco',
  'Apple Color Emoji',
  'Segoe UI Emoji',
  'Noto Color Emoji',
] as const;

/** The first eleven are CSS's generic families, written bare. */
const GENERIC_COUNT = 11;

/**
 * A font stack as CSS writes it (`"Helvetica Neue", Arial, sans-serif`) reduced to its safe families, written back
 * (names quoted, generics bare); `undefined` when it is malformed (quotes unbalanced, characters no family name has),
 * `''` when no family of it is safe.
 */
export function safeFontStack(stack: string): string | undefined {
  if (stack.length > 500 || !/^[\w\s,'"-]*$/.test(stack)) return undefined;
  const families: number[] = [];
  for (const entry of stack.split(',')) {
    const name = /^\s*(?:"([^"]*)"|'([^']*)'|([\w -]*?))\s*$/.exec(entry);
    if (!name) return undefined;
    const wanted = (name[1] ?? name[2] ?? name[3] ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
    const index = SAFE_FONT_FAMILIES.findIndex((family) => family.toLowerCase() === wanted);
    if (index >= 0 && !families.includes(index)) families.push(index);
  }
  return families
    .map((index) => (index < GENERIC_COUNT ? SAFE_FONT_FAMILIES[index] : `"${SAFE_FONT_FAMILIES[index]}"`))
    .join(', ');
}
