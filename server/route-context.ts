import type { ServerConfig } from './config.js';
import type { CountEvents } from './events.js';
import { HttpError } from './http-error.js';
import type { Mailer } from './mail.js';
import type { Petition } from './petitions.js';
import type { SignatureStore } from './store.js';

/** What the routes share. */
export interface RouteContext {
  config: ServerConfig;
  petitions: ReadonlyMap<string, Petition>;
  store: SignatureStore;
  events: CountEvents;
  signatureSecret: string;
  mailer: Mailer;
  /** Where signers reach this server (PUBLIC_URL, else the address it listens on), for links in mail. */
  publicUrl(): string;
  /** The server's log: one line per request, and what an operator must fix (a refused origin); no personal data, ever. */
  log(line: string): void;
}

/** The petition a route's `:id` names, or a 404. */
export function findPetition(context: RouteContext, params: { id: string }): Petition {
  const petition = context.petitions.get(params.id);
  if (!petition) throw new HttpError(404, 'No such petition');
  return petition;
}
