import { expect } from '@open-wc/testing';
import { parseEvent, readEventStream, type ServerSentEvent } from '../../src/internal/count-stream.js';

/** A response whose body sends `chunks` one by one, then ends (or stays open, or fails). */
function streamed(chunks: string[], end: 'close' | 'stay open' | 'fail' = 'close'): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (end === 'close') controller.close();
      if (end === 'fail') controller.error(new TypeError('network error'));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

/** Reads `response` and records what the listener heard, in order. */
async function read(response: Response, silenceAllowedMs?: number) {
  const heard: (string | ServerSentEvent)[] = [];
  await readEventStream(response, {
    heard: () => heard.push('chunk'),
    event: (event) => heard.push(event),
    silenceAllowedMs: () => silenceAllowedMs,
  });
  return heard;
}

describe('count stream reader', () => {
  it('reads an event’s name and data lines as the standard does', () => {
    expect(parseEvent('event: count\ndata: {"count":1}')).to.deep.equal({ name: 'count', data: '{"count":1}' });
    expect(parseEvent('data:a\r\ndata: b')).to.deep.equal({ name: 'message', data: 'a\nb' });
    expect(parseEvent('id: 7\nretry: 10\nevent: count\rdata: 2')).to.deep.equal({ name: 'count', data: '2' });
  });

  it('dispatches nothing for a block without data: a heartbeat comment, or a name alone', () => {
    expect(parseEvent(': heartbeat')).to.equal(undefined);
    expect(parseEvent('event: count')).to.equal(undefined);
  });

  it('joins events split across chunks, and hears each chunk before the events it completes', async () => {
    const heard = await read(
      streamed(['event: count\nda', 'ta: {"count":1}\n\n: heartbeat\n\nevent: count\r\n', 'data: 2\r\n\r\n']),
    );
    expect(heard).to.deep.equal([
      'chunk',
      'chunk',
      { name: 'count', data: '{"count":1}' },
      'chunk',
      { name: 'count', data: '2' },
    ]);
  });

  it('drops an event the stream ended before completing', async () => {
    expect(await read(streamed(['data: 1\n\ndata: 2']))).to.deep.equal(['chunk', { name: 'message', data: '1' }]);
  });

  it('ends a stream that stays silent longer than the listener allows', async () => {
    // Without the watchdog this read would never end, and the test would time out.
    expect(await read(streamed(['data: 1\n\n'], 'stay open'), 50)).to.deep.equal([
      'chunk',
      { name: 'message', data: '1' },
    ]);
  });

  it('rejects when the connection fails', async () => {
    let error: unknown;
    await read(streamed(['data: 1\n\n'], 'fail')).catch((caught) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
  });
});
