/** One server-sent event: its name (`message` when it gives none) and its data lines, joined by line breaks. */
export interface ServerSentEvent {
  readonly name: string;
  readonly data: string;
}

/** What a stream's reader tells its listener. */
export interface EventStreamListener {
  /** Something arrived, an event or a comment (a heartbeat): the stream lives. Before the events it completes. */
  heard(): void;
  event(event: ServerSentEvent): void;
  /** How long the stream may now stay silent before it is taken for dead; `undefined`: as long as it likes. */
  silenceAllowedMs(): number | undefined;
}

/** One event's lines, read as the HTML standard reads them; `undefined` for a block without data (a comment). */
export function parseEvent(block: string): ServerSentEvent | undefined {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split(/\r\n|\n|\r/)) {
    const [, field, value] = /^([^:]*):? ?(.*)$/.exec(line)!;
    if (field === 'event') name = value!;
    if (field === 'data') data.push(value!);
  }
  return data.length ? { name, data: data.join('\n') } : undefined;
}

/**
 * Reads server-sent events from `response`'s body until the stream ends, and ends it when it stays silent longer than
 * the listener allows (a connection dropped where no one could close it). Rejects when the connection fails.
 * Read over `fetch`, not `EventSource`: only `fetch` can leave out the Referer and cookies.
 */
export async function readEventStream(response: Response, listener: EventStreamListener): Promise<void> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  try {
    for (let chunk; !(chunk = await reader.read()).done;) {
      listener.heard();
      const blocks = (buffer + chunk.value).split(/\r\n\r\n|\n\n|\r\r/);
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const event = parseEvent(block);
        if (event) listener.event(event);
      }
      clearTimeout(watchdog);
      const silence = listener.silenceAllowedMs();
      // Cancelling ends the read loop as if the server had closed the stream.
      if (silence) watchdog = setTimeout(() => void reader.cancel(), silence);
    }
  } finally {
    clearTimeout(watchdog);
  }
}
