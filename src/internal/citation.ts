import { html, nothing } from 'lit';

/**
 * The citation line under a figure or a quote: "Source: Amnesty International, 2018", linked when
 * the URL passed `checkedUrl`. Without a name, the link shows its own address.
 */
export function renderCitation(label: string, source: string, url: string | undefined) {
  if (!source && !url) return nothing;
  const name = source || url;
  return html`<p part="source" class="source">${label} ${url ? html`<a href=${url}>${name}</a>` : name}</p>`;
}
