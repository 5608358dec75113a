import type { ServerResponse } from 'node:http';
import { PUBLIC_CORS } from './http/cors.js';

/** A stream that has this much unsent data is a client that stopped reading: drop it, EventSource reconnects. */
const MAX_UNSENT_BYTES = 64 * 1024;
const HEARTBEAT = ': heartbeat\n\n';

/**
 * Live petition counts as server-sent events. Each change is formatted once and written to
 * every open stream; one shared timer sends the heartbeats, however many clients there are.
 */
export class CountEvents {
  private readonly streams = new Map<string, Set<ServerResponse>>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly heartbeatMs: number) {
    this.heartbeat = setInterval(() => this.forEachStream((stream) => send(stream, HEARTBEAT)), heartbeatMs);
    this.heartbeat.unref();
  }

  /**
   * Opens an event stream on `response` that starts with the current count and says how often heartbeats come,
   * so a client can tell a silent stream from a dead one.
   */
  subscribe(petitionId: string, response: ServerResponse, count: number): void {
    response.writeHead(200, {
      ...PUBLIC_CORS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      // nginx would otherwise hold events back in its buffer.
      'X-Accel-Buffering': 'no',
    });
    const streams = this.streams.get(petitionId) ?? new Set();
    this.streams.set(petitionId, streams);
    streams.add(response);
    response.on('close', () => {
      streams.delete(response);
      if (streams.size === 0 && this.streams.get(petitionId) === streams) this.streams.delete(petitionId);
    });
    send(response, countEvent({ count, heartbeatMs: this.heartbeatMs }));
  }

  publish(petitionId: string, count: number): void {
    const event = countEvent({ count });
    for (const stream of this.streams.get(petitionId) ?? []) send(stream, event);
  }

  /** Open streams over all petitions. */
  get subscriberCount(): number {
    let total = 0;
    for (const streams of this.streams.values()) total += streams.size;
    return total;
  }

  /** Ends every stream (on shutdown) and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat);
    this.forEachStream((stream) => stream.end());
  }

  private forEachStream(action: (stream: ServerResponse) => void): void {
    for (const streams of this.streams.values()) streams.forEach(action);
  }
}

function countEvent(data: { count: number; heartbeatMs?: number }): string {
  return `event: count\ndata: ${JSON.stringify(data)}\n\n`;
}

function send(stream: ServerResponse, message: string): void {
  if (stream.writableLength > MAX_UNSENT_BYTES) stream.destroy();
  else stream.write(message);
}
