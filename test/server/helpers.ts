import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer, type RunningServer } from '../../server/app.js';
import { readConfig, type Env, type ServerConfig } from '../../server/config.js';
import { catalogConsentVersion } from '../../server/consent.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PETITION_ID = 'close-the-camps';
export const PETITION_PATH = `api/petitions/${PETITION_ID}`;
/**
 * The demo petition with `confirm: "none"`: the tests of counting, storage, streams and limits sign with one POST.
 * Confirmation by e-mail (the default) has its own tests (confirm.test.ts), which use server/petitions.json.
 */
export const INSTANT_PETITIONS = 'test/server/petitions-instant.json';

export interface TestServer extends RunningServer {
  /** The temporary folder holding the database, the secret and a small demo site. */
  dir: string;
  databasePath: string;
  /** Every line the server logged. */
  logs: string[];
}

/**
 * Starts the server in this process on a free port, with its own temporary database and site
 * (demo/index.html, demo/style.css, dist/widget.js, and a package.json beside them that must stay
 * unreachable). `env` is read like the real environment; rate limiting is off unless it asks.
 */
export async function startTestServer(env: Env = {}, overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-server-'));
  writeSite(dir);
  const config = {
    ...readConfig(
      {
        DATABASE_URL: `sqlite:${dir}/data/campaign.db`,
        PORT: '0',
        RATE_LIMIT: '0',
        PETITIONS: INSTANT_PETITIONS,
        ...env,
      },
      REPO_ROOT,
    ),
    siteRoot: dir,
    ...overrides,
  };
  const logs: string[] = [];
  const server = await startServer(config, { log: (line) => logs.push(line) });
  return {
    dir,
    databasePath: config.databasePath,
    logs,
    url: server.url,
    get subscriberCount() {
      return server.subscriberCount;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function writeSite(dir: string): void {
  mkdirSync(join(dir, 'demo'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'demo/index.html'), '<!doctype html><title>Campaign</title>');
  writeFileSync(join(dir, 'demo/style.css'), 'body { margin: 0 }');
  writeFileSync(join(dir, 'demo/.env'), 'SECRET=hidden');
  writeFileSync(join(dir, 'dist/campaign-widgets.js'), 'export const widget = true;');
  writeFileSync(join(dir, 'dist/campaign-widgets.js.map'), '{"version":3}');
  writeFileSync(join(dir, 'dist/campaign-widgets.js.sri'), 'sha384-test\n');
  // What the bundles load on demand, named by their content's hash.
  mkdirSync(join(dir, 'dist/locales'));
  mkdirSync(join(dir, 'dist/chunks'));
  writeFileSync(join(dir, 'dist/locales/fr-Ab12_-cd.json'), '{"sourceLabel":"Source :"}');
  writeFileSync(join(dir, 'dist/chunks/ug-Ab12_-cd.js'), 'export default "";');
  // What /dist/ must never serve: the compiled server, the contract it imports, the npm build (its catalogs too).
  for (const file of [
    'server/config.js',
    'src/contract/petition.js',
    'index.js',
    'components/fact-box/define.js',
    'custom-elements.json',
    'locales/fr.js',
  ]) {
    mkdirSync(join(dir, 'dist', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'dist', file), 'must not be served');
  }
  writeFileSync(join(dir, 'package.json'), '{"private": "must not be served"}');
}

let emailCounter = 0;

/** The version of the form page's English consent wording, as the page gives it to the form. */
export const ENGLISH_CONSENT_VERSION = catalogConsentVersion('en');

/** A valid signature with an e-mail no other test uses; `fields` replace or add fields. */
export function signature(fields: Record<string, unknown> = {}): Record<string, unknown> {
  emailCounter += 1;
  return {
    name: 'Ayşe Yılmaz',
    email: `signer${emailCounter}.${process.pid}@example.org`,
    consent: true,
    consentVersion: ENGLISH_CONSENT_VERSION,
    ...fields,
  };
}

/** POSTs `body` (serialised unless it is a string already) as JSON to the petition's signatures. */
export function postSignature(
  server: { url: string },
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.url}${PETITION_PATH}/signatures`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function currentCount(server: { url: string }): Promise<number> {
  const response = await fetch(`${server.url}${PETITION_PATH}`);
  return ((await response.json()) as { count: number }).count;
}

/** Checks that an answer is an error in the server's one shape, `{ "error": "..." }`, and returns its body. */
export async function assertJsonError(
  response: Response,
  status: number,
): Promise<{ error: string; fields?: object; reason?: string }> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await response.json()) as { error: string; fields?: object; reason?: string };
  assert.equal(typeof body.error, 'string');
  return body;
}

/** Runs `npm run petition -- …` from the repository root as an operator would; resolves with its exit code, stdout and stderr. */
export async function runPetitionTool(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/petition-cli.ts', ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, PETITIONS: INSTANT_PETITIONS, ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Reads rows straight from the SQLite file, as an auditor would. */
export function readRows<Row>(databasePath: string, sql: string): Row[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all() as Row[];
  } finally {
    db.close();
  }
}

/** Polls `condition` until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Runs the server in its own process, as production would, and waits for the address it prints.
 * By default `server/main.ts` from the repository with a free port and no rate limit; `command`
 * and `cwd` run something else, such as the built `dist/server/main.js` from another folder.
 */
export async function startChild(
  env: Record<string, string>,
  { command = ['--import', 'tsx', 'server/main.ts'], cwd = REPO_ROOT } = {},
): Promise<ChildServer> {
  const child = spawn(process.execPath, command, {
    cwd,
    env: { ...process.env, PORT: '0', RATE_LIMIT: '0', PETITIONS: join(REPO_ROOT, INSTANT_PETITIONS), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const address = /Campaign page: (http:\/\/\S+\/)/.exec(output)?.[1];
      if (address) resolve(address);
      if (address || child.exitCode !== null) clearInterval(timer);
      if (!address && child.exitCode !== null) reject(new Error(`the server did not start:\n${output}`));
    }, 20);
  });
  return { url, child, output: () => output, exited };
}
