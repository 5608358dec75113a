import type { ReactiveController } from 'lit';
import type { WidgetElement } from './widget-element.js';

/** Elements whose text a reader does not see; a `<summary>` is the no-script content note the card replaces. */
const UNSEEN = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|SUMMARY)$/;
/** Elements that start a new paragraph. */
const BLOCK = /^(P|DIV|BLOCKQUOTE|DETAILS|UL|OL|LI|SECTION|ARTICLE|FIGURE|H[1-6])$/;

/**
 * What the element's light DOM says, for the widget to render in its shadow root, where no rule of the page reaches
 * it: the visible text of the nodes meant for a slot, in paragraphs, without comments, scripts, hidden elements or
 * what is meant for another slot (such as `slot="fallback"`, shown only where the element never upgrades).
 * The light DOM itself stays as written, for readers without JavaScript and for search engines. Every change to it
 * renders the host again.
 */
export class LightTextController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: WidgetElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['hidden', 'slot'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The paragraphs of the nodes for the named slot (the default slot when none is given); none on a server. */
  paragraphs(slot = ''): string[] {
    if (this.host.asServer) return [];
    const paragraphs: string[] = [];
    let text = '';
    const endParagraph = () => {
      const paragraph = text.replace(/\s+/g, ' ').trim();
      if (paragraph) paragraphs.push(paragraph);
      text = '';
    };
    const visit = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
      if (
        !(node instanceof Element) ||
        UNSEEN.test(node.tagName) ||
        node.hasAttribute('hidden') ||
        node.getAttribute('aria-hidden') === 'true'
      )
        return;
      const block = BLOCK.test(node.tagName);
      if (block) endParagraph();
      node.childNodes.forEach(visit);
      if (block) endParagraph();
    };
    for (const node of this.host.childNodes) {
      if ((node instanceof Element ? node.slot : '') === slot) visit(node);
    }
    endParagraph();
    return paragraphs;
  }
}
