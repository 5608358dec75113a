/** A place to share a petition on: the link's text and the address that opens it there. */
export interface ShareTarget {
  readonly name: string;
  readonly href: string;
}

/**
 * Plain links to share `url` by e-mail and on the networks where the campaign's readers are. Links only:
 * nothing of those networks is loaded until the reader follows one.
 */
export function shareTargets(url: string, text: string, emailName: string): ShareTarget[] {
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
