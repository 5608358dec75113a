import { dirname, resolve } from 'node:path';

/** Everything the server needs to start, read once from the environment (see `readConfig`). */
export interface ServerConfig {
  host: string;
  /** 0 asks the operating system for a free port (tests). */
  port: number;
  /** `postgres://…` for PostgreSQL; undefined for SQLite. */
  postgresUrl: string | undefined;
  /** The SQLite database file (when not on PostgreSQL). */
  databasePath: string;
  /** Where the SQLite database and the generated signature secret live. */
  dataDir: string;
  /** Partner origins allowed to POST signatures from their pages (the server's own origin always is). */
  allowedOrigins: ReadonlySet<string>;
  /** How long browsers and CDNs may reuse a petition count. */
  cacheSeconds: number;
  /** Signatures per minute per client; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** How many reverse proxies in front of the server append to X-Forwarded-For; 0: none, use the socket's peer. */
  trustedProxies: number;
  /** Keys the e-mail hashes; undefined means "use (or create) the secret file in dataDir" (refused in production). */
  signatureSecret: string | undefined;
  /** A file holding the key instead (systemd credentials, container secrets); never inside dataDir. */
  signatureSecretFile: string | undefined;
  petitionsFile: string;
  /** The folder holding demo/ (served at /) and dist/ (served at /dist/). */
  siteRoot: string;
  /** How often open event streams get a comment, so proxies keep them open. */
  heartbeatMs: number;
  /** Open event streams allowed per client address, and in this process (each holds a file descriptor). */
  streamsPerClient: number;
  streamsTotal: number;
  /** `smtp(s)://…` for real mail; undefined: the demo outbox at /outbox. */
  smtpUrl: string | undefined;
  /** The From of confirmation mail. */
  mailFrom: string;
  /**
   * The origin (and path prefix) signers reach this server at, for links in mail: never taken from a request's
   * Host header, which a client chooses. Undefined: the address the server listens on (a local demo).
   */
  publicUrl: string | undefined;
  /** How long a confirmation link works; a signature not confirmed by then is forgotten. */
  pendingHours: number;
  /** `NODE_ENV=production` or `PETITION_PRODUCTION=1`: the demo's conveniences are refused. */
  production: boolean;
}

export type Env = Record<string, string | undefined>;

const SQLITE_SCHEME = 'sqlite:';
const POSTGRES_URL = /^postgres(?:ql)?:\/\//;

/** Reads the configuration from environment variables, resolving paths against `cwd`. */
export function readConfig(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const databaseUrl = env.DATABASE_URL || 'sqlite:data/campaign.db';
  const postgresUrl = POSTGRES_URL.test(databaseUrl) ? databaseUrl : undefined;
  // Instances that hashed e-mails with different keys would not recognise each other's signers.
  if (postgresUrl && !env.SIGNATURE_SECRET && !env.SIGNATURE_SECRET_FILE)
    throw new Error('SIGNATURE_SECRET must be set with a PostgreSQL DATABASE_URL, the same for every instance');
  const databasePath = postgresUrl ? resolve(cwd, 'data/campaign.db') : sqlitePath(databaseUrl, cwd);
  return {
    postgresUrl,
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65535),
    databasePath,
    dataDir: dirname(databasePath),
    allowedOrigins: new Set(
      (env.ALLOWED_ORIGINS ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map(origin),
    ),
    cacheSeconds: integer(env, 'CACHE_SECONDS', 10, 0, 86_400),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT', 10, 0, 1_000_000),
    trustedProxies:
      env.TRUST_PROXY === 'true' ? 1 : env.TRUST_PROXY === 'false' ? 0 : integer(env, 'TRUST_PROXY', 0, 0, 10),
    signatureSecret: env.SIGNATURE_SECRET || undefined,
    signatureSecretFile: env.SIGNATURE_SECRET_FILE ? resolve(cwd, env.SIGNATURE_SECRET_FILE) : undefined,
    petitionsFile: resolve(cwd, env.PETITIONS || 'server/petitions.json'),
    siteRoot: cwd,
    heartbeatMs: 15_000,
    streamsPerClient: integer(env, 'EVENT_STREAMS_PER_CLIENT', 50, 1, 1_000_000),
    streamsTotal: integer(env, 'EVENT_STREAMS', 5000, 1, 1_000_000),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Petition <petition@localhost>',
    publicUrl: env.PUBLIC_URL ? publicUrl(env.PUBLIC_URL) : undefined,
    pendingHours: integer(env, 'CONFIRM_HOURS', 48, 1, 24 * 30),
    production: env.NODE_ENV === 'production' || env.PETITION_PRODUCTION === '1',
  };
}

/** `sqlite:relative/path.db`, `sqlite:/absolute/path.db` or `sqlite:///absolute/path.db`. */
function sqlitePath(databaseUrl: string, cwd: string): string {
  if (!databaseUrl.startsWith(SQLITE_SCHEME)) {
    throw new Error(`DATABASE_URL must start with "${SQLITE_SCHEME}" or "postgres://", got "${databaseUrl}"`);
  }
  const path = databaseUrl.slice(SQLITE_SCHEME.length).replace(/^\/\//, '');
  if (!path) throw new Error('DATABASE_URL names no database file');
  return resolve(cwd, path);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** An http(s) URL that ends in a slash, so paths resolve below it. */
function publicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PUBLIC_URL must be a URL like https://petitions.example/, got "${text}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error(`PUBLIC_URL must be http(s), got "${text}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function origin(text: string): string {
  try {
    return new URL(text).origin;
  } catch {
    throw new Error(`ALLOWED_ORIGINS holds "${text}", which is not an origin like https://partner.example`);
  }
}
