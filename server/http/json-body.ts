import type { IncomingMessage } from 'node:http';
import { HttpError } from './respond.js';

/**
 * Reads a JSON object body, refusing anything but application/json (415), bodies over
 * `maxBytes` (413, counted as the bytes arrive, so a huge body is never buffered), and
 * text that is not UTF-8 JSON for an object (400).
 */
export async function readJsonObject(request: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new HttpError(415, 'Send the body as application/json');
  const text = decodeUtf8(await readBody(request, maxBytes));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'The body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  // Close the connection after answering: the rest of an oversized body is not worth reading.
  const tooLarge = new HttpError(413, `The body must be at most ${maxBytes} bytes`, { Connection: 'close' });
  if (Number(request.headers['content-length']) > maxBytes) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      request.off('data', onData).pause();
      reject(tooLarge);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'The body is not valid UTF-8');
  }
}
