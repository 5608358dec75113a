import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `property`, `state` and `query` decorators as TypeScript calls them here (`experimentalDecorators`, fields
 * only), and no more. Lit's own serve standard decorators and accessors too, which the partner bundle would carry
 * unused (249 bytes, brotli, when this came in). Same names, same options, so tools that read Lit's decorators read these.
 */
type FieldDecorator = (proto: ReactiveElement, name: string) => void;

/** A reactive property, declared as with Lit's `@property(options)`. */
export const property =
  (options?: PropertyDeclaration): FieldDecorator =>
  (proto, name) =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state: no attribute, as with Lit's `@state()`. */
export const state = (): FieldDecorator => property({ state: true, attribute: false });

/** The first element of the shadow root matching `selector`, looked up on each read, as with Lit's `@query`. */
export const query =
  (selector: string): FieldDecorator =>
  (proto, name) =>
    Object.defineProperty(proto, name, {
      get(this: ReactiveElement) {
        return this.renderRoot?.querySelector(selector) ?? null;
      },
      configurable: true,
    });
