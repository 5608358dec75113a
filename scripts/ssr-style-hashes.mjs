// Server-rendered widgets carry their styles in a <style> element inside each declarative shadow root (Lit SSR
// writes one per element), which a Content-Security-Policy without 'unsafe-inline' refuses unless it names the
// style's hash. The styles are the same for every instance of an element, so one hash per element is all a partner's
// policy needs: written to dist/ssr-style-hashes.json from the very styles @lit-labs/ssr prints.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

await import('../dist/index.js');
await import('../dist/components/sign-form/define.js');

const hashes = {};
for (const tag of ['cw-action-button', 'cw-fact-box', 'cw-sign-form', 'cw-signature-counter', 'cw-testimony-card']) {
  const element = globalThis.customElements.get(tag);
  element.finalize();
  const css = element.elementStyles.map((style) => style.cssText).join('');
  hashes[tag] = `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
writeFileSync(new URL('../dist/ssr-style-hashes.json', import.meta.url), `${JSON.stringify(hashes, null, 2)}\n`);
