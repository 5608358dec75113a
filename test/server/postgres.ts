import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';

/** The cluster the PostgreSQL tests use: PG_TEST_URL, or the local one with trust auth (CI and dev machines). */
export const PG_ADMIN_URL = process.env.PG_TEST_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

let available: Promise<string | undefined> | undefined;

/**
 * Undefined when PostgreSQL answers, else why the PostgreSQL suites are skipped. With CI=true there is no
 * skipping: CI promises a PostgreSQL (.ci/run starts one), so a missing one fails the run.
 */
export function postgresSkipReason(): Promise<string | undefined> {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return undefined;
    } catch (error) {
      const reason = `PostgreSQL is not reachable at ${PG_ADMIN_URL} (${String(error)}): the PostgreSQL suites did not run; set PG_TEST_URL or start PostgreSQL`;
      if (process.env.CI === 'true') throw new Error(`${reason}. CI must run them.`, { cause: error });
      console.warn(`\n*** ${reason} ***\n`);
      return reason;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return available;
}

let databases = 0;

/** A fresh database for one suite, and the function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cw_test_${process.pid}_${Date.now()}_${databases++}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A TCP relay to PostgreSQL that a test can cut, as a network failure or a database restart would. */
export async function relayTo(
  target: URL,
): Promise<{ url: string; cut(): Promise<void>; mend(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = async () => {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        sockets.add(from);
        from.pipe(to);
        from.on('error', () => to.destroy());
        from.on('close', () => (to.destroy(), sockets.delete(from)));
      }
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server!.address() as { port: number }).port;
  };
  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server?.close(resolve));
  };
  await listen();
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  return { url: url.href, cut, mend: listen, close: cut };
}
