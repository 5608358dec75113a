import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteParams = Record<string, string>;
export type Handler = (request: IncomingMessage, response: ServerResponse, params: RouteParams) => Promise<void> | void;

export interface Route {
  /** Path segments, `:name` for a parameter: `/api/petitions/:id`. Also what the request log shows. */
  pattern: string;
  methods: Partial<Record<string, Handler>>;
}

/** The route whose pattern fits `pathname`, with its decoded parameters. */
export function matchRoute(routes: readonly Route[], pathname: string): { route: Route; params: RouteParams } | undefined {
  const segments = pathname.split('/');
  for (const route of routes) {
    const params = matchSegments(route.pattern.split('/'), segments);
    if (params) return { route, params };
  }
  return undefined;
}

function matchSegments(patternSegments: string[], segments: string[]): RouteParams | undefined {
  if (patternSegments.length !== segments.length) return undefined;
  const params: RouteParams = {};
  for (const [index, expected] of patternSegments.entries()) {
    const actual = segments[index] as string;
    if (expected.startsWith(':')) {
      const value = decodeSegment(actual);
      if (!value) return undefined;
      params[expected.slice(1)] = value;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
