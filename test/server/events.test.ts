import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually, PETITION_PATH, postSignature, signature, startTestServer, type TestServer } from './helpers.js';

/** A minimal EventSource over fetch: `next()` resolves with the next event or comment block. */
async function openEvents(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  return {
    response,
    async next(): Promise<string> {
      while (!buffered.includes('\n\n')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffered += value;
      }
      const end = buffered.indexOf('\n\n');
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      return block;
    },
    /** Whether the server ends the stream (rather than sending more) within the timeout. */
    async endsWithin(ms: number): Promise<boolean> {
      const timeout = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms));
      const read = (async () => {
        while (!(await reader.read()).done);
        return 'ended' as const;
      })();
      return (await Promise.race([read, timeout])) === 'ended';
    },
    close: () => controller.abort(),
  };
}

const countEvent = (count: number, heartbeatMs?: number) =>
  `event: count\ndata: ${JSON.stringify({ count, heartbeatMs })}`;

describe('GET /api/petitions/:id/events', { timeout: 30_000 }, () => {
  let server: TestServer;
  let eventsUrl: string;
  before(async () => {
    server = await startTestServer({}, { heartbeatMs: 100 });
    eventsUrl = `${server.url}${PETITION_PATH}/events`;
  });
  after(() => server.close());

  it('opens an uncached, unbuffered event stream readable from any origin, starting with the count and the heartbeat period', async () => {
    const events = await openEvents(eventsUrl);
    try {
      assert.equal(events.response.headers.get('content-type'), 'text/event-stream');
      assert.equal(events.response.headers.get('cache-control'), 'no-cache');
      assert.equal(events.response.headers.get('x-accel-buffering'), 'no');
      assert.equal(events.response.headers.get('access-control-allow-origin'), '*');
      assert.equal(await events.next(), countEvent(0, 100));
    } finally {
      events.close();
    }
  });

  it('sends every open stream the new count within a second of a signature', async () => {
    const streams = await Promise.all([openEvents(eventsUrl), openEvents(eventsUrl)]);
    try {
      const [initial] = await Promise.all(streams.map((events) => events.next()));
      const count = Number(/"count":(\d+)/.exec(initial ?? '')?.[1]);
      const signedAt = Date.now();
      assert.equal((await postSignature(server, signature())).status, 201);
      for (const events of streams) {
        let event = await events.next();
        while (event.startsWith(':')) event = await events.next();
        assert.equal(event, countEvent(count + 1));
      }
      assert.ok(Date.now() - signedAt < 1000);
    } finally {
      streams.forEach((events) => events.close());
    }
  });

  it('sends heartbeat comments so proxies keep the stream open', async () => {
    const events = await openEvents(eventsUrl);
    try {
      await events.next();
      assert.equal(await events.next(), ': heartbeat');
    } finally {
      events.close();
    }
  });

  it('forgets a client as soon as it disconnects', async () => {
    const streams = await Promise.all(Array.from({ length: 20 }, () => openEvents(eventsUrl)));
    await Promise.all(streams.map((events) => events.next()));
    assert.equal(server.subscriberCount, 20);
    streams.forEach((events) => events.close());
    assert.ok(await eventually(() => server.subscriberCount === 0), `still ${server.subscriberCount} subscribers`);
  });

  it('answers HEAD with 405, opening no stream', async () => {
    const response = await fetch(eventsUrl, { method: 'HEAD' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, OPTIONS');
    assert.equal(server.subscriberCount, 0);
  });

  it('answers 404 for the events of an unknown petition', async () => {
    const response = await fetch(`${server.url}api/petitions/unknown/events`);
    assert.equal(response.status, 404);
  });
});

describe('event streams on shutdown', { timeout: 30_000 }, () => {
  it('ends every open stream and lets close() finish promptly', async () => {
    const server = await startTestServer();
    const events = await openEvents(`${server.url}${PETITION_PATH}/events`);
    await events.next();
    const closing = server.close();
    assert.ok(await events.endsWithin(1000), 'the stream ended');
    const startedAt = Date.now();
    await closing;
    assert.ok(Date.now() - startedAt < 1000, 'close() did not wait for keep-alive timeouts');
  });
});
