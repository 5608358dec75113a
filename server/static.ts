import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HttpError } from './http/respond.js';

/** A folder served under a URL prefix ending in `/`. */
export interface StaticMount {
  prefix: string;
  dir: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** What the campaign pages may do: only this server's own scripts, styles and connections. */
export const HTML_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Serves the file that `urlPath` (raw, still percent-encoded) names inside the mount, or 404. */
export async function serveStatic(request: IncomingMessage, response: ServerResponse, mount: StaticMount, urlPath: string): Promise<void> {
  const file = await findFile(mount, urlPath);
  const contentType = CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream';
  response.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': file.size,
    'Cache-Control': 'no-cache',
    ...(contentType.startsWith('text/html') && { 'Content-Security-Policy': HTML_CONTENT_SECURITY_POLICY }),
  });
  if (request.method === 'HEAD') response.end();
  else await pipeline(createReadStream(file.path), response);
}

async function findFile(mount: StaticMount, urlPath: string): Promise<{ path: string; size: number }> {
  const notFound = new HttpError(404, 'Not found');
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(mount.prefix.length));
  } catch {
    throw notFound;
  }
  // Decoded first, so %2e%2e and %2f cannot smuggle in a "..", a hidden file or a backslash.
  if (relative.includes('\0') || relative.includes('\\') || relative.split('/').some((part) => part.startsWith('.'))) {
    throw notFound;
  }
  const root = resolve(mount.dir);
  let path = resolve(root, relative);
  if (path !== root && !path.startsWith(root + sep)) throw notFound;
  let stats = await stat(path).catch(() => undefined);
  if (stats?.isDirectory()) {
    path = join(path, 'index.html');
    stats = await stat(path).catch(() => undefined);
  }
  if (!stats?.isFile()) throw notFound;
  return { path, size: stats.size };
}
