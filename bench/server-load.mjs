// The reference server under load on loopback, as built (`dist/server/main.js`) in its own processes, rate limit
// off, side by side: SQLite (one process), PostgreSQL with one instance, and PostgreSQL with three instances on one
// database (requests spread over them, as a proxy would). For each: signatures per second (each one checked durable
// by a restart), count reads with and without ETags, and how many of 1,000 event-stream clients (spread over the
// instances) hear a new count within a second.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { catalogConsentVersion } from '../dist/server/consent.js';

const PETITION = '/api/petitions/close-the-camps';
/** What the form page's English form sends: the version of the consent wording it shows. */
const CONSENT_VERSION = catalogConsentVersion('en');
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 50;
const PG_ADMIN_URL = process.env.PG_TEST_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

// The demo petition counting each signature at its POST (`confirm: "none"`): the bench measures the counted,
// durable write. With `confirm: "email"` (the default) a POST writes a waiting row and the count moves at the
// confirmation, one signature at a time, which no load test drives.
const petitionsDir = mkdtempSync(join(tmpdir(), 'campaign-bench-petitions-'));
const PETITIONS = join(petitionsDir, 'petitions.json');
writeFileSync(PETITIONS, JSON.stringify([{ id: 'close-the-camps', title: 'Bench', goal: 1_000_000, confirm: 'none' }]));
process.on('exit', () => rmSync(petitionsDir, { recursive: true, force: true }));

async function startServer(databaseUrl) {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      PORT: '0',
      RATE_LIMIT: '0',
      DATABASE_URL: databaseUrl,
      SIGNATURE_SECRET: 'bench',
      PETITIONS,
      // The fan-out's 1,000 streams all come from this one address.
      EVENT_STREAMS_PER_CLIENT: '5000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let started = false;
  const url = await new Promise((resolve, reject) => {
    // Keep reading, or the full pipe would block the server's log writes; but only search the output until
    // the address shows: searching a log that grows with every request made this process, not the server,
    // the bottleneck (reads per second fell by half from one run to the next).
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      if (started) return;
      output += chunk;
      const address = /Campaign page: (http:\/\/\S+?)\/?$/m.exec(output)?.[1];
      if (address) {
        started = true;
        resolve(address);
      }
    });
    child.on('exit', () => reject(new Error(`the server did not start: ${output}`)));
  });
  return { url, stop: async () => (child.kill('SIGTERM'), await once(child, 'exit')) };
}

/** `instances` servers on one database, started one after the other (the first creates the tables). */
async function startCluster(databaseUrl, instances) {
  const servers = [];
  for (let index = 0; index < instances; index++) servers.push(await startServer(databaseUrl));
  return { urls: servers.map((server) => server.url), stop: () => Promise.all(servers.map((server) => server.stop())) };
}

/** One autocannon per instance, the connections shared out, run at once; rates add up, latencies are the worst. */
async function run(urls, options) {
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({ connections: Math.ceil(CONNECTIONS / urls.length), duration: SECONDS, ...options(url) }),
    ),
  );
  const sum = (pick) => results.reduce((total, result) => total + pick(result), 0);
  return {
    perSecond: sum((result) => result.requests.average),
    sent: sum((result) => result.requests.sent),
    ok: sum((result) => result['2xx']),
    errors: sum((result) => result.non2xx + result.errors),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
  };
}

async function signatures(urls) {
  let next = 0;
  const { ok, ...result } = await run(urls, (url) => ({
    url: `${url}${PETITION}/signatures`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            name: 'Load Test',
            email: `signer-${process.pid}-${next++}@example.org`,
            consent: true,
            consentVersion: CONSENT_VERSION,
          }),
        }),
      },
    ],
  }));
  return { ...result, accepted: ok };
}

async function countReads(urls, withEtag) {
  const etag = (await fetch(`${urls[0]}${PETITION}`)).headers.get('etag');
  const { perSecond, p50, p99 } = await run(urls, (url) => ({
    url: `${url}${PETITION}`,
    headers: withEtag ? { 'if-none-match': etag } : {},
  }));
  return { perSecond, p50, p99 };
}

/**
 * Opens `clients` event streams spread over the instances, signs once through the first, and counts the streams
 * that carried the new count: within 1 s, and at all (waiting up to 5 s for the last).
 */
async function streamFanOut(urls, clients) {
  const url = urls[0];
  const streams = [];
  const heard = [];
  let signedAt = 0;
  const before = (await (await fetch(`${url}${PETITION}`)).json()).count;
  await Promise.all(
    Array.from(
      { length: clients },
      (_, index) =>
        new Promise((resolve, reject) => {
          const req = request(`${urls[index % urls.length]}${PETITION}/events`, (response) => {
            response.setEncoding('utf8');
            let counted = false;
            response.on('data', (chunk) => {
              // Any count past the one before: signatures of the load still in flight may commit in the same breath.
              const count = Number(/"count":(\d+)/.exec(chunk)?.[1] ?? -1);
              if (signedAt && !counted && count > before) {
                counted = true;
                heard.push(performance.now() - signedAt);
              }
            });
            resolve();
          });
          req.on('error', reject);
          req.end();
          streams.push(req);
        }),
    ),
  );
  signedAt = performance.now();
  // A write that waited too long for the lock is answered 503 with Retry-After: sign again, as the form would.
  for (let answer; !answer || answer.status === 503;) {
    if (answer)
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(answer.headers.get('retry-after') ?? 1)));
    answer = await fetch(`${url}${PETITION}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Fan Out',
        email: `fan-out-${process.pid}@example.org`,
        consent: true,
        consentVersion: CONSENT_VERSION,
      }),
    });
  }
  for (const deadline = performance.now() + 5000; heard.length < clients && performance.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const stream of streams) stream.destroy();
  const sorted = heard.sort((a, b) => a - b);
  return {
    clients,
    heard: heard.length,
    withinASecond: heard.filter((ms) => ms <= 1000).length,
    p50: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    p99: sorted[Math.floor(sorted.length * 0.99)] ?? NaN,
  };
}

/** One setup under load; then, after a restart, whether every acknowledged signature was counted. */
async function measure(databaseUrl, instances) {
  let cluster = await startCluster(databaseUrl, instances);
  const signing = await signatures(cluster.urls);
  const withoutEtag = await countReads(cluster.urls, false);
  const withEtag = await countReads(cluster.urls, true);
  const fanOut = await streamFanOut(cluster.urls, 1000);
  await cluster.stop();
  // Durable: after a restart, every acknowledged signature (the load's, plus the fan-out's one) is counted, and
  // nothing twice. Requests still in flight when the load stopped may have been committed unacknowledged.
  cluster = await startCluster(databaseUrl, 1);
  const counted = (await (await fetch(`${cluster.urls[0]}${PETITION}`)).json()).count;
  await cluster.stop();
  const durable = counted >= signing.accepted + 1 && counted <= signing.sent + 1;
  return { instances, signing, withoutEtag, withEtag, fanOut, durable, counted };
}

/** Runs `work` on a fresh PostgreSQL database, dropped after; undefined (and why) when there is no PostgreSQL. */
async function withPostgres(work) {
  const name = `cw_bench_${process.pid}_${Date.now()}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (error) {
    return { skipped: `PostgreSQL is not reachable at ${PG_ADMIN_URL} (${error.message})` };
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await work(url.href);
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

export async function measureServer() {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-bench-'));
  try {
    return {
      'SQLite, 1 instance': await measure(`sqlite:${dir}/campaign.db`, 1),
      'PostgreSQL, 1 instance': await withPostgres((url) => measure(url, 1)),
      'PostgreSQL, 3 instances': await withPostgres((url) => measure(url, 3)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
