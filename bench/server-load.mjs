// The reference server under load on loopback, as built (`dist/server/main.js`) in its own process with a
// temporary SQLite database and no rate limit: signatures per second (each one checked durable by a restart),
// count reads with and without ETags, and how many of 1,000 event-stream clients hear a new count within a second.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PETITION = '/api/petitions/close-the-camps';
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);

async function startServer(databaseUrl) {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, PORT: '0', RATE_LIMIT: '0', DATABASE_URL: databaseUrl },
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

const run = (options) => autocannon({ connections: 50, duration: SECONDS, ...options });
const latency = (result) => ({ p50: result.latency.p50, p99: result.latency.p99 });

async function signatures(url) {
  let next = 0;
  const result = await run({
    url: `${url}${PETITION}/signatures`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ name: 'Load Test', email: `signer-${process.pid}-${next++}@example.org`, consent: true }),
        }),
      },
    ],
  });
  return {
    perSecond: result.requests.average,
    sent: result.requests.sent,
    accepted: result['2xx'],
    errors: result.non2xx + result.errors,
    ...latency(result),
  };
}

async function countReads(url, withEtag) {
  const etag = (await fetch(`${url}${PETITION}`)).headers.get('etag');
  const result = await run({ url: `${url}${PETITION}`, headers: withEtag ? { 'if-none-match': etag } : {} });
  return { perSecond: result.requests.average, ...latency(result) };
}

/**
 * Opens `clients` event streams, signs once, and counts the streams that carried the new count: within 1 s, and
 * at all (waiting up to 5 s for the last).
 */
async function streamFanOut(url, clients) {
  const streams = [];
  const heard = [];
  let signedAt = 0;
  const before = (await (await fetch(`${url}${PETITION}`)).json()).count;
  await Promise.all(
    Array.from({ length: clients }, () =>
      new Promise((resolve, reject) => {
        const req = request(`${url}${PETITION}/events`, (response) => {
          response.setEncoding('utf8');
          response.on('data', (chunk) => {
            if (signedAt && chunk.includes(`"count":${before + 1}`)) heard.push(performance.now() - signedAt);
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
  await fetch(`${url}${PETITION}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Fan Out', email: `fan-out-${process.pid}@example.org`, consent: true }),
  });
  for (const deadline = performance.now() + 5000; heard.length < clients && performance.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const stream of streams) stream.destroy();
  const sorted = heard.sort((a, b) => a - b);
  return { clients, heard: heard.length, withinASecond: heard.filter((ms) => ms <= 1000).length, p50: sorted[Math.floor(sorted.length / 2)] ?? NaN, p99: sorted[Math.floor(sorted.length * 0.99)] ?? NaN };
}

export async function measureServer() {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-bench-'));
  const databaseUrl = `sqlite:${dir}/campaign.db`;
  try {
    let server = await startServer(databaseUrl);
    const signing = await signatures(server.url);
    const withoutEtag = await countReads(server.url, false);
    const withEtag = await countReads(server.url, true);
    const fanOut = await streamFanOut(server.url, 1000);
    await server.stop();
    // Durable: after a restart, every acknowledged signature (the load's, plus the fan-out's one) is counted, and
    // nothing twice. Requests still in flight when the load stopped may have been committed unacknowledged.
    server = await startServer(databaseUrl);
    const counted = (await (await fetch(`${server.url}${PETITION}`)).json()).count;
    await server.stop();
    const durable = counted >= signing.accepted + 1 && counted <= signing.sent + 1;
    return { signing, withoutEtag, withEtag, fanOut, durable, counted };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
