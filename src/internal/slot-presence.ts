import type { ReactiveController } from 'lit';
import type { WidgetElement } from './widget-element.js';

/**
 * Tells whether a slot has content, so a wrapper (and its spacing) can be hidden when it is empty,
 * and re-renders the host whenever slotted content changes. Reads the light DOM, so it is right
 * on the first render too, except where there is none to read (see `WidgetElement.asServer`).
 */
export class SlotPresenceController implements ReactiveController {
  constructor(private readonly host: WidgetElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('slotchange', this.handleSlotChange);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('slotchange', this.handleSlotChange);
  }

  /**
   * Whether the named slot (the default slot when no name is given) has an element or visible text;
   * `undefined` when the element renders as the server does, which cannot know.
   */
  has(name = ''): boolean | undefined {
    if (this.host.asServer) return undefined;
    return [...this.host.childNodes].some((node) =>
      node instanceof Element
        ? (node.getAttribute('slot') ?? '') === name
        : name === '' && node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }

  private readonly handleSlotChange = () => this.host.requestUpdate();
}
