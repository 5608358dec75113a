// The least a Lit widget can cost: each of our four tags as a LitElement with a shadow root, our style sheets, and one
// template of exactly what the widget draws (bench/floor.mjs takes it from the rendered widgets) with no binding, no
// controller and no logic. Between it and the plain-DOM floor is the price of Lit and shadow DOM; between it and our
// widgets, the price of what the widgets do.
import { html, LitElement, unsafeCSS } from 'lit';

const drawn = JSON.parse(document.getElementById('lit-static').textContent);

for (const [tag, { html: markup, css }] of Object.entries(drawn)) {
  // The markup is known only at run time; Lit accepts a template strings array as the compiler makes one, with `raw`.
  const strings = Object.assign([markup], { raw: [markup] });
  customElements.define(
    tag,
    class extends LitElement {
      static styles = css.map((text) => unsafeCSS(text));
      render() {
        return html(strings);
      }
    },
  );
}
