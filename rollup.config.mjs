// The bundles for script tags. npm users get tsc's unbundled modules instead (lit external), see tsconfig.build.json.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `<bundle>.sri` with the bundle's SHA-384 integrity value, for the README's script tag. */
function subresourceIntegrity() {
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

/**
 * Minifies the CSS of our `css` templates, which terser leaves as written: comments (they say why, for maintainers)
 * and the indentation go; a space around `{`, `}`, `;` and `,` never changes a rule. Our styles interpolate nothing
 * (check-dist.mjs refuses unsafeCSS), so each template is one string.
 */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      // TypeScript has already compiled the module here, and writes the tag as `css \``.
      const minified = code.replace(/\bcss\s*`([^`$]*)`/g, (_, css) => {
        const compact = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1');
        return `css\`${compact.trim()}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * One self-contained, minified ES module with Lit inside. Two are built: the partner bundle of widgets, and
 * the sign-up form, which runs on the petition's own origin (its framed page) and so stays out of partner pages.
 * What a bundle loads only on demand (the form's country names in the languages browsers lack) goes in
 * dist/chunks/, beside it.
 */
const selfContainedBundle = (input, fileName) => ({
  input,
  output: { dir: 'dist', entryFileNames: fileName, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true }),
    minifyCssTemplates(),
    typescript({
      tsconfig: './tsconfig.build.json',
      // One shared copy of the decorator helper instead of one per module.
      importHelpers: true,
      declaration: false,
      declarationMap: false,
      outDir: 'dist',
    }),
    terser({
      ecma: 2021,
      module: true,
      format: { comments: false },
      compress: { passes: 2 },
    }),
    subresourceIntegrity(),
  ],
});

export default [
  selfContainedBundle('src/index.ts', 'campaign-widgets.js'),
  selfContainedBundle('src/components/sign-form/define.ts', 'sign-form.js'),
];
