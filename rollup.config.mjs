// The bundles for script tags. npm users get tsc's unbundled modules instead (lit external), see tsconfig.build.json.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { privateMemberNames } from './scripts/private-members.mjs';
import {
  loadCatalogsOnDemand,
  minifyTemplates,
  smallDecorateHelper,
  subresourceIntegrity,
} from './scripts/rollup-plugins.mjs';

/**
 * Our `private` members' names, which terser shortens like local variables (scripts/private-members.mjs says which are
 * safe): descriptive names cost the partner bundle about 250 bytes (brotli), and no one outside can use them.
 */
const PRIVATE_MEMBERS = new RegExp(`^(?:${privateMemberNames().join('|')})$`);

/**
 * One self-contained, minified ES module with Lit inside. Two are built: the partner bundle of widgets, and
 * the sign-up form, which runs on the petition's own origin (its framed page) and so stays out of partner pages.
 * What a bundle loads only on demand (the form's country names in the languages browsers lack) goes in
 * dist/chunks/, beside it.
 */
const selfContainedBundle = (input, fileName, ...plugins) => ({
  input,
  output: {
    dir: 'dist',
    entryFileNames: fileName,
    chunkFileNames: 'chunks/[name]-[hash].js',
    assetFileNames: 'locales/[name]-[hash][extname]',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    ...plugins,
    smallDecorateHelper(),
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.build.json',
      // One shared copy of the decorator helper instead of one per module (smallDecorateHelper).
      importHelpers: true,
      declaration: false,
      declarationMap: false,
      outDir: 'dist',
    }),
    minifyTemplates(),
    terser({
      ecma: 2021,
      module: true,
      format: { comments: false },
      compress: { passes: 3, unsafe_arrows: true },
      mangle: { properties: { regex: PRIVATE_MEMBERS } },
    }),
    subresourceIntegrity(),
  ],
});

export default [
  selfContainedBundle('src/index.ts', 'campaign-widgets.js', loadCatalogsOnDemand()),
  selfContainedBundle('src/components/sign-form/define.ts', 'sign-form.js'),
];
