// The rollup plugins of our browser bundles (rollup.config.mjs), kept apart so that tests can build with them.
import { walk } from 'estree-walker';
import MagicString from 'magic-string';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Writes `<bundle>.sri` with the bundle's SHA-384 integrity value, for the README's script tag. */
export function subresourceIntegrity() {
  return {
    name: 'subresource-integrity',
    writeBundle({ dir }, bundle) {
      for (const chunk of Object.values(bundle).filter((output) => output.type === 'chunk' && output.isEntry)) {
        const file = join(dir, chunk.fileName);
        const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
        writeFileSync(`${file}.sri`, `${integrity}\n`);
        console.log(`${file} integrity: ${integrity}`);
      }
    },
  };
}

/** CSS as written, compacted: comments (they say why, for maintainers) and indentation go. */
function compactCss(css) {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // A space around `{`, `}`, `;` and `,`, or after a colon, never changes a rule (no string in our styles holds one
      // of them), nor does a fraction's leading zero.
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/([\s:(,-])0\.(\d)/g, '$1.$2')
      .trim()
  );
}

/** HTML as written, compacted: a run of white space with a line break in it reads and lays out as one space. */
const compactHtml = (html) => html.replace(/\s*\n\s*/g, ' ');

/**
 * Minifies our `css` and `html` templates, which terser leaves as written. Each literal part of a template is edited
 * in place, with its source map kept. Our styles interpolate nothing (check-dist.mjs refuses unsafeCSS); no template
 * of ours puts text where white space is kept as written (`pre`).
 */
export function minifyTemplates() {
  const COMPACT = { css: compactCss, html: compactHtml };
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(?:css|html)\s*`/.test(code)) return null;
      const source = new MagicString(code);
      walk(this.parse(code), {
        enter(node) {
          const compact =
            node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && COMPACT[node.tag.name];
          if (!compact) return;
          for (const quasi of node.quasi.quasis) {
            const raw = quasi.value.raw;
            const compacted = compact(raw);
            if (compacted !== raw) source.overwrite(quasi.start, quasi.end, compacted);
          }
        },
      });
      return { code: source.toString(), map: source.generateMap({ hires: true }) };
    },
  };
}

/**
 * tslib's `__decorate` as TypeScript calls it for our code, and no more: Lit's decorators on fields and accessors
 * (`__decorate([…], proto, 'name', void 0 | null)`). tslib's own also serves class decorators and `Reflect.decorate`,
 * and weighs 100 bytes more in the bundle (brotli). A class decorator in our code is refused, so none slips in.
 */
export function smallDecorateHelper() {
  const HELPER = '\0decorate-helper';
  return {
    name: 'small-decorate-helper',
    resolveId: (source) => (source === 'tslib' ? HELPER : null),
    load: (id) =>
      id === HELPER
        ? `export function __decorate(decorators, target, key, descriptor) {
  if (descriptor === null) descriptor = Object.getOwnPropertyDescriptor(target, key);
  for (let i = decorators.length; i--; ) descriptor = decorators[i](target, key, descriptor) || descriptor;
  if (descriptor) Object.defineProperty(target, key, descriptor);
  return descriptor;
}`
        : null,
    // Before terser, so a class decorator still reads as TypeScript compiles it: `X = __decorate([…], X)`.
    renderChunk(code, chunk) {
      if (/=\s*__decorate\(/.test(code))
        this.error(`${chunk.fileName} decorates a class, which the small decorate helper does not do`);
      return null;
    },
  };
}

/**
 * The partner bundle keeps English and loads each other language's strings when a widget first needs them, so a page
 * in one language downloads no other. They are data, not code: JSON files beside the bundle (dist/locales/), fetched
 * with no cookies and with the SHA-256 the bundle carries for each, so the bundle's Subresource Integrity covers
 * them too (a page's `connect-src` must then allow the bundle's origin). A file is named by its tag and that digest
 * (base64url), so the one value serves as the integrity check and, when a catalog changes, as a new name no cache
 * holds: the bundle carries 43 characters per language instead of a name's hash and a SHA-384. The catalogs module
 * is swapped for one that says so; tsc has compiled the catalogs already (`npm run build` runs it first).
 */
export function loadCatalogsOnDemand() {
  const catalogs = fileURLToPath(new URL('../src/locales/index.ts', import.meta.url));
  const english = fileURLToPath(new URL('../src/locales/en.ts', import.meta.url));
  const VIRTUAL = '\0catalogs-on-demand';
  return {
    name: 'load-catalogs-on-demand',
    resolveId(source, importer) {
      return importer && resolve(dirname(importer), source.replace(/\.js$/, '.ts')) === catalogs ? VIRTUAL : null;
    },
    async load(id) {
      if (id !== VIRTUAL) return null;
      const { BUILT_IN_CATALOGS } = await import(new URL('../dist/locales/index.js', import.meta.url).href);
      // A tag with no catalog of its own loads the one it reads: localize.ts looks it up (languages.ts).
      const digests = Object.fromEntries(
        Object.entries(BUILT_IN_CATALOGS)
          .filter(([tag]) => tag !== 'en')
          .map(([tag, catalog]) => {
            const source = JSON.stringify(catalog);
            const digest = createHash('sha256').update(source).digest('base64url');
            this.emitFile({ type: 'asset', fileName: `locales/${tag}-${digest}.json`, source });
            return [tag, digest];
          }),
      );
      return `import { en } from ${JSON.stringify(english)};
export { en };
export const BUILT_IN_CATALOGS = { en };
const load = (tag, digest) => {
  const url = new URL(\`locales/\${tag}-\${digest}.json\`, import.meta.url);
  const integrity = \`sha256-\${digest.replace(/-/g, '+').replace(/_/g, '/')}=\`;
  return fetch(url, { integrity, credentials: 'omit', referrerPolicy: 'no-referrer' }).then((response) => {
    if (!response.ok) throw new Error(\`\${url} answered \${response.status}\`);
    return response.json();
  });
};
export const CATALOG_LOADERS = Object.fromEntries(
  Object.entries(${JSON.stringify(digests)}).map(([tag, digest]) => [tag, () => load(tag, digest)]),
);
`;
    },
  };
}
