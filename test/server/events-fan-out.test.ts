import assert from 'node:assert/strict';
import type { PassThrough } from 'node:stream';
import { afterEach, describe, it } from 'node:test';
import { CountEvents } from '../../server/events.js';

const read = (stream: PassThrough) => String(stream.read() ?? '');

describe('CountEvents, the event-stream fan-out', () => {
  let events: CountEvents | undefined;
  afterEach(() => events?.close());

  it('opens a stream with the count and the heartbeat period, and sends each change to that petition’s streams only', () => {
    events = new CountEvents(60_000, { perClient: 10, total: 10 });
    const [a, b] = [events.subscribe('a', 3, 'client-1')!, events.subscribe('b', 7, 'client-2')!];
    assert.equal(read(a), 'event: count\ndata: {"count":3,"heartbeatMs":60000}\n\n');
    read(b);
    events.publish('a', 4);
    assert.equal(read(a), 'event: count\ndata: {"count":4}\n\n');
    assert.equal(read(b), '');
  });

  it('holds the per-client and total caps, and frees a place when a stream closes', async () => {
    events = new CountEvents(60_000, { perClient: 2, total: 3 });
    const first = events.subscribe('a', 0, 'client-1')!;
    assert.ok(events.subscribe('a', 0, 'client-1'));
    assert.equal(events.subscribe('a', 0, 'client-1'), undefined, 'per client');
    assert.ok(events.subscribe('a', 0, 'client-2'));
    assert.equal(events.subscribe('a', 0, 'client-3'), undefined, 'in total');
    first.destroy();
    await new Promise((resolve) => first.on('close', resolve));
    assert.equal(events.subscriberCount, 2);
    assert.ok(events.subscribe('a', 0, 'client-3'));
  });

  it('drops a stream whose client stopped reading, once 64 kB wait unsent', () => {
    events = new CountEvents(60_000, { perClient: 10, total: 10 });
    const stalled = events.subscribe('a', 0, 'client-1')!;
    for (let count = 1; count < 5000 && !stalled.destroyed; count++) events.publish('a', count);
    assert.equal(stalled.destroyed, true);
  });

  it('ends every stream on close', () => {
    events = new CountEvents(60_000, { perClient: 10, total: 10 });
    const stream = events.subscribe('a', 0, 'client-1')!;
    events.close();
    assert.equal(stream.writableEnded, true);
  });
});
