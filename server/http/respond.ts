import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** An answer other than success; the request handler turns it into `{ "error": message, ...details }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: OutgoingHttpHeaders = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function sendJson(response: ServerResponse, status: number, body: object, headers: OutgoingHttpHeaders = {}): void {
  sendJsonText(response, status, JSON.stringify(body), headers);
}

/** For a body already serialised (to derive an ETag from it, say). */
export function sendJsonText(response: ServerResponse, status: number, json: string, headers: OutgoingHttpHeaders = {}): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  response.end(json);
}

export function sendError(response: ServerResponse, error: HttpError): void {
  sendJson(response, error.status, { error: error.message, ...error.details }, error.headers);
}

/** 204 with the given headers: the answer to a preflight. */
export function sendNoContent(response: ServerResponse, headers: OutgoingHttpHeaders): void {
  response.writeHead(204, headers);
  response.end();
}
