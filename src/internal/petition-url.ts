import type { PetitionResource } from '../contract/petition.js';

/** Where a petition's resources live, by the contract: `{petition}` and `{petition}/{resource}`. */

/** The petition's absolute URL without a fragment: one identity however widgets spell it. */
export function petitionUrl(src: string): string {
  const url = new URL(src, document.baseURI);
  url.hash = '';
  return url.href;
}

/** `{petition}/{resource}`, keeping the petition's own query string. */
export function petitionEndpoint(petition: string, resource: PetitionResource): URL {
  const url = new URL(petitionUrl(petition));
  url.pathname = url.pathname.replace(/\/?$/, `/${resource}`);
  return url;
}
