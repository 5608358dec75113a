/**
 * Where a petition's resources live, by the HTTP contract: `{petition}`, `{petition}/events`,
 * `{petition}/signatures` and `{petition}/form`.
 */

/** The petition's absolute URL without a fragment: one identity however widgets spell it. */
export function petitionUrl(src: string): string {
  const url = new URL(src, document.baseURI);
  url.hash = '';
  return url.href;
}

/** `{petition}/{resource}`, keeping the petition's own query string. */
export function petitionEndpoint(petition: string, resource: 'events' | 'signatures' | 'form'): URL {
  const url = new URL(petitionUrl(petition));
  url.pathname = url.pathname.replace(/\/?$/, `/${resource}`);
  return url;
}
