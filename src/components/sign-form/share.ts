import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A place to share a petition on: the link's text and the address that opens it there. */
interface ShareTarget {
  readonly name: string;
  readonly href: string;
}

/**
 * Plain links to share `url` by e-mail and on the networks where the campaign's readers are. Links only:
 * nothing of those networks is loaded until the reader follows one.
 */
function shareTargets(url: string, text: string, emailName: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  const both = encodeURIComponent(text ? `${text} ${url}` : url);
  return [
    { name: emailName, href: `mailto:?subject=${t}&body=${both}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${both}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}

export interface SharePanelOptions {
  readonly url: string;
  readonly text: string;
  /** Its strings, in the form's language. */
  readonly labels: { readonly share: string; readonly copyLink: string; readonly email: string };
  /** Called once the link is on the clipboard, so the form can say so. */
  readonly onCopied: () => void;
}

/**
 * What the thanks offers: the system's share sheet where there is one, plain links where not, and a button that
 * copies the link.
 */
export function renderSharePanel({ url, text, labels, onCopied }: SharePanelOptions): TemplateResult {
  const share = async () => {
    try {
      await navigator.share({ url, text: text || undefined });
    } catch {
      // Cancelled by the reader.
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      onCopied();
    } catch {
      // No clipboard here (a frame without permission): the share links still carry the address.
    }
  };
  return html`<div part="share" class="share">
    ${
      navigator.canShare?.({ url })
        ? html`<button type="button" @click=${share}>${labels.share}</button>`
        : html`<ul aria-label=${labels.share}>
            ${shareTargets(url, text, labels.email).map(
              ({ name, href }) =>
                html`<li>
                  <a
                    href=${href}
                    target=${ifDefined(href.startsWith('https:') ? '_blank' : undefined)}
                    rel="noopener noreferrer"
                    >${name}</a
                  >
                </li>`,
            )}
          </ul>`
    }
    <button type="button" @click=${copy}>${labels.copyLink}</button>
  </div>`;
}
