import type { ServerConfig } from './config.js';
import type { CountEvents } from './events.js';
import { HttpError } from './http/respond.js';
import type { RouteParams } from './http/router.js';
import type { Petition } from './petitions.js';
import type { RateLimiter } from './rate-limit.js';
import type { SignatureStore } from './store.js';

/** What the route handlers share. */
export interface RouteContext {
  config: ServerConfig;
  petitions: ReadonlyMap<string, Petition>;
  store: SignatureStore;
  events: CountEvents;
  /** Undefined when RATE_LIMIT is 0. */
  rateLimiter: RateLimiter | undefined;
  signatureSecret: string;
}

/** The petition a route's `:id` names, or a 404. */
export function findPetition(context: RouteContext, params: RouteParams): Petition {
  const petition = context.petitions.get(params.id ?? '');
  if (!petition) throw new HttpError(404, 'No such petition');
  return petition;
}
