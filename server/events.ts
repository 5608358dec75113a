import { PassThrough } from 'node:stream';
import { countEventText, HEARTBEAT_TEXT } from '../src/contract/petition.js';

/** A stream that has this much unsent data is a client that stopped reading: drop it, EventSource reconnects. */
const MAX_UNSENT_BYTES = 64 * 1024;

export interface StreamLimits {
  /** Open streams from one client address. */
  perClient: number;
  /** Open streams in this process; each holds a socket, so this is what the descriptor limit must fit. */
  total: number;
}

/**
 * Live petition counts as server-sent events. Each change is formatted once and written to every open
 * stream; one shared timer sends the heartbeats, however many clients there are.
 */
export class CountEvents {
  private readonly streams = new Map<string, Set<PassThrough>>();
  private readonly perClient = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout;
  private open = 0;

  constructor(
    private readonly heartbeatMs: number,
    private readonly limits: StreamLimits,
  ) {
    this.heartbeat = setInterval(() => this.forEachStream((stream) => send(stream, HEARTBEAT_TEXT)), heartbeatMs);
    this.heartbeat.unref();
  }

  /**
   * A new stream for `client` that starts with the current count and says how often heartbeats come, so a
   * client can tell a silent stream from a dead one; undefined when the client or the process holds its limit.
   */
  subscribe(petitionId: string, count: number, client: string): PassThrough | undefined {
    const clientStreams = this.perClient.get(client) ?? 0;
    if (this.open >= this.limits.total || clientStreams >= this.limits.perClient) return undefined;
    this.open += 1;
    this.perClient.set(client, clientStreams + 1);
    const stream = new PassThrough();
    const streams = this.streams.get(petitionId) ?? new Set();
    this.streams.set(petitionId, streams);
    streams.add(stream);
    stream.on('close', () => {
      this.open -= 1;
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left) this.perClient.set(client, left);
      else this.perClient.delete(client);
      streams.delete(stream);
      if (streams.size === 0 && this.streams.get(petitionId) === streams) this.streams.delete(petitionId);
    });
    send(stream, countEventText({ count, heartbeatMs: this.heartbeatMs }));
    return stream;
  }

  publish(petitionId: string, count: number): void {
    const event = countEventText({ count });
    for (const stream of this.streams.get(petitionId) ?? []) send(stream, event);
  }

  /** Open streams over all petitions. */
  get subscriberCount(): number {
    return this.open;
  }

  /** Ends every stream (on shutdown) and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat);
    this.forEachStream((stream) => stream.end());
  }

  private forEachStream(action: (stream: PassThrough) => void): void {
    for (const streams of this.streams.values()) streams.forEach(action);
  }
}

function send(stream: PassThrough, message: string): void {
  if (stream.writableLength > MAX_UNSENT_BYTES) stream.destroy();
  else stream.write(message);
}
